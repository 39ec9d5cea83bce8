import { Inject, Optional } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  fold,
  PARTY_ORGANISATION_LEVELS,
  PROPERTY_SERVICE_KINDS,
  STAFF_POSTS,
  STRUCTURE_STREAM,
  structureDecider,
  withoutVoided,
  type AllianceMember,
  type CompoundBodies,
  type PartyOrganisationLevel,
  type StaffPost,
  type StructureEvent,
  type StructureState,
} from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import type { EventEnvelope } from '@tongxin/kernel';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';
import { RECORD_EVENT_STORE, RECORD_PII_CODEC } from '../community-records/get-community-record.query.js';
import { PII_STAFF_ROLES } from '../community-records/pii-access.js';
import type { PiiCodec } from '../shared/pii-codec.js';

export interface Share {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
}

export interface PartyOrganisationNode {
  readonly organisationId: string;
  readonly name: string;
  readonly level: PartyOrganisationLevel;
  readonly levelLabel: string;
  readonly compoundId: string | null;
  readonly children: PartyOrganisationNode[];
}

export interface CompoundView {
  readonly compoundId: string;
  readonly name: string;
  readonly buildings: { readonly buildingId: string; readonly name: string }[];
  readonly grids: { readonly gridId: string; readonly name: string }[];
  /** The 小区党支部 naming this compound. */
  readonly partyBranches: { readonly organisationId: string; readonly name: string }[];
  readonly ownersCommittee: CompoundBodies['ownersCommittee'];
  readonly supervisoryCommittee: CompoundBodies['supervisoryCommittee'];
  readonly propertyService:
    | (NonNullable<CompoundBodies['propertyService']> & {
        readonly serviceKindLabel: string;
        readonly companyName: string | null;
      })
    | null;
  readonly alliance: readonly AllianceMember[];
  /** Coverage flags now (domain.md §5 coverage.*). */
  readonly coverage: {
    readonly partyBranch: boolean;
    readonly ownersCommittee: boolean;
    readonly propertyService: boolean;
  };
}

export interface StructureView {
  readonly communityId: string;
  readonly version: number;
  readonly compounds: CompoundView[];
  /** Grids not inside one compound. */
  readonly grids: { readonly gridId: string; readonly name: string }[];
  /** The four-level party organisation tree: 社区大党委 → 党支部 → 楼栋党小组 → 党员中心户. */
  readonly partyOrganisations: PartyOrganisationNode[];
  readonly propertyCompanies: { readonly companyId: string; readonly name: string }[];
  readonly staff: {
    readonly staffId: string;
    readonly namePii: string;
    readonly post: StaffPost;
    readonly postLabel: string;
    readonly gridId: string | null;
  }[];
  readonly coverage: {
    readonly compounds: number;
    readonly partyBranch: Share;
    readonly ownersCommittee: Share;
    readonly propertyService: Share;
  };
}

const share = (numerator: number, denominator: number): Share => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** The structure as a tree, with each compound's bodies and coverage flags. Pure. */
export function structureView(communityId: string, version: number, state: StructureState): StructureView {
  const units = [...state.units.values()];
  const bodiesOf = (id: string) => state.bodies.compounds[id];
  const organisations = units.filter((u) => u.kind === 'party-organisation');
  const compounds = units
    .filter((u) => u.kind === 'compound')
    .map((c): CompoundView => {
      const bodies = bodiesOf(c.id);
      const service = bodies?.propertyService ?? null;
      const branches = organisations
        .filter((o) => o.attribute === 'compound-branch' && o.compoundId === c.id)
        .map((o) => ({ organisationId: o.id, name: o.name }));
      return {
        compoundId: c.id,
        name: bodies?.name ?? c.name,
        buildings: units
          .filter((u) => u.kind === 'building' && u.parentId === c.id)
          .map((u) => ({ buildingId: u.id, name: u.name })),
        grids: units
          .filter((u) => u.kind === 'grid' && u.parentId === c.id)
          .map((u) => ({ gridId: u.id, name: u.name })),
        partyBranches: branches,
        ownersCommittee: bodies?.ownersCommittee ?? null,
        supervisoryCommittee: bodies?.supervisoryCommittee ?? null,
        propertyService: service
          ? {
              ...service,
              serviceKindLabel: PROPERTY_SERVICE_KINDS[service.serviceKind],
              companyName: service.companyId ? (state.bodies.companies[service.companyId]?.name ?? null) : null,
            }
          : null,
        alliance: bodies?.alliance ?? [],
        coverage: {
          partyBranch: branches.length > 0,
          ownersCommittee: bodies?.ownersCommittee?.status === 'in-office',
          propertyService: service?.status === 'in-force',
        },
      };
    });
  const node = (o: (typeof organisations)[number]): PartyOrganisationNode => ({
    organisationId: o.id,
    name: o.name,
    level: o.attribute as PartyOrganisationLevel,
    levelLabel: PARTY_ORGANISATION_LEVELS[o.attribute as PartyOrganisationLevel]?.label ?? String(o.attribute),
    compoundId: o.compoundId ?? null,
    children: organisations.filter((child) => child.parentId === o.id).map(node),
  });
  const covered = (flag: keyof CompoundView['coverage']) => compounds.filter((c) => c.coverage[flag]).length;
  return {
    communityId,
    version,
    compounds,
    grids: units.filter((u) => u.kind === 'grid' && !u.parentId).map((u) => ({ gridId: u.id, name: u.name })),
    partyOrganisations: organisations.filter((o) => !o.parentId).map(node),
    propertyCompanies: Object.entries(state.bodies.companies).map(([companyId, c]) => ({ companyId, name: c.name })),
    staff: units
      .filter((u) => u.kind === 'staff')
      .map((u) => ({
        staffId: u.id,
        namePii: u.name,
        post: u.attribute as StaffPost,
        postLabel: STAFF_POSTS[u.attribute as StaffPost] ?? String(u.attribute),
        gridId: u.parentId,
      })),
    coverage: {
      compounds: compounds.length,
      partyBranch: share(covered('partyBranch'), compounds.length),
      ownersCommittee: share(covered('ownersCommittee'), compounds.length),
      propertyService: share(covered('propertyService'), compounds.length),
    },
  };
}

export class GetStructureQuery {
  constructor(
    readonly communityId: string,
    readonly withTimeline = false,
  ) {}
}

export type TimelineEntry = EventEnvelope & { readonly voided: boolean };

/** A community's structure now (voids honoured), read from its structure stream under the caller's scope. */
@QueryHandler(GetStructureQuery)
export class GetStructureHandler implements IQueryHandler<
  GetStructureQuery,
  StructureView & { readonly timeline?: TimelineEntry[] }
> {
  constructor(
    @Inject(RECORD_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(RECORD_PII_CODEC) private readonly pii: PiiCodec | null = null,
  ) {}

  async execute({
    communityId,
    withTimeline,
  }: GetStructureQuery): Promise<StructureView & { readonly timeline?: TimelineEntry[] }> {
    const { scope, actor } = currentTenantContext();
    const stored = await this.store.readStream(scope, toTenantId(communityId), STRUCTURE_STREAM);
    // Staff names are sealed personal data: opened for the community's staff, masked (never decrypted) for everyone else.
    const history = !this.pii
      ? stored
      : PII_STAFF_ROLES.includes(actor.role)
        ? await this.pii.open(communityId, stored)
        : await this.pii.mask(communityId, stored);
    const effective = withoutVoided(history);
    const state = fold(
      structureDecider,
      effective.map((e) => ({ type: e.type, data: e.data }) as StructureEvent),
    );
    const view = structureView(communityId, history.at(-1)?.streamVersion ?? 0, state);
    if (!withTimeline) return view;
    const kept = new Set(effective.map((e) => e.eventId));
    return {
      ...view,
      timeline: history.map((e) => ({ ...e, voided: e.type !== 'EventVoided' && !kept.has(e.eventId) })),
    };
  }
}
