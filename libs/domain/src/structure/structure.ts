import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import {
  COMPOUND_BODY_EVENT_TYPES,
  decideCompoundBody,
  EMPTY_BODIES,
  evolveBodies,
  type BodiesState,
  type CompoundBodyCommand,
  type CompoundBodyEvent,
  type StructureLookup,
} from './compound-bodies.js';

/** The stream holding a community's structure: compounds, buildings, grids, party organisations, staff. */
export const STRUCTURE_STREAM = 'structure';

/**
 * Party organisations in four levels (seed 001/003): 社区大党委 → 小区党支部 (incl. functional and
 * property-company branches) → 楼栋党小组 → 党员中心户. Each level's allowed parent level.
 */
export const PARTY_ORGANISATION_LEVELS = {
  'community-committee': { label: '社区大党委', parents: [] },
  'compound-branch': { label: '小区党支部', parents: ['community-committee'] },
  'functional-branch': { label: '功能型党支部', parents: ['community-committee'] },
  'property-branch': { label: '物业公司党支部', parents: ['community-committee'] },
  'building-group': { label: '楼栋党小组', parents: ['compound-branch', 'functional-branch', 'property-branch'] },
  'member-household': { label: '党员中心户', parents: ['building-group'] },
} as const satisfies Record<string, { label: string; parents: readonly string[] }>;
export type PartyOrganisationLevel = keyof typeof PARTY_ORGANISATION_LEVELS;

export const STAFF_POSTS = {
  'community-admin': '社区书记/主任',
  'community-staff': '社区工作人员',
  'grid-worker': '网格员',
} as const;
export type StaffPost = keyof typeof STAFF_POSTS;

export const STRUCTURE_KINDS = {
  compound: '小区',
  building: '楼栋',
  grid: '网格',
  'party-organisation': '党组织',
  staff: '工作人员',
} as const;
export type StructureKind = keyof typeof STRUCTURE_KINDS;

/**
 * One unit of the structure as registered; `attribute` is the level (party organisation) or
 * post (staff); `compoundId` is the compound a party organisation serves (required for a
 * 小区党支部: it is what coverage.partyBranch counts).
 */
export interface StructureUnit {
  readonly kind: StructureKind;
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly attribute: string | null;
  readonly compoundId?: string | null;
}

export type CompoundRegistered = DomainEvent<
  'CompoundRegistered',
  { readonly compoundId: string; readonly name: string }
>;
export type BuildingRegistered = DomainEvent<
  'BuildingRegistered',
  { readonly buildingId: string; readonly name: string; readonly compoundId: string }
>;
export type GridRegistered = DomainEvent<
  'GridRegistered',
  { readonly gridId: string; readonly name: string; readonly compoundId: string | null }
>;
export type PartyOrganisationRegistered = DomainEvent<
  'PartyOrganisationRegistered',
  {
    readonly organisationId: string;
    readonly name: string;
    readonly level: PartyOrganisationLevel;
    readonly parentId: string | null;
    readonly compoundId: string | null;
  }
>;
/** Staff names are personal data: kept in a clearly named PII field. */
export type StaffAssigned = DomainEvent<
  'StaffAssigned',
  { readonly staffId: string; readonly namePii: string; readonly post: StaffPost; readonly gridId: string | null }
>;
export type StructureUnitEvent =
  CompoundRegistered | BuildingRegistered | GridRegistered | PartyOrganisationRegistered | StaffAssigned;
/** The structure stream also holds the compounds' bodies (owners' committees, property services, alliance…). */
export type StructureEvent = StructureUnitEvent | CompoundBodyEvent;

/**
 * Registered units by `kind:id`, immutable to its readers. A community can hold tens of thousands
 * of units, so `with` shares storage between versions: adding to the newest version appends in
 * place (old versions keep seeing only what they had); adding to an older one copies. A fold is
 * then linear instead of copying the whole map at every event.
 */
export class UnitIndex {
  private constructor(
    private readonly shared: { readonly byKey: Map<string, { unit: StructureUnit; at: number }>; size: number },
    readonly size: number,
  ) {}

  static empty(): UnitIndex {
    return new UnitIndex({ byKey: new Map(), size: 0 }, 0);
  }

  get(key: string): StructureUnit | undefined {
    const entry = this.shared.byKey.get(key);
    return entry && entry.at < this.size ? entry.unit : undefined;
  }

  with(key: string, unit: StructureUnit): UnitIndex {
    // The empty index never lends its storage, so no fold's units outlive it.
    const shared =
      this.size === 0
        ? { byKey: new Map<string, { unit: StructureUnit; at: number }>(), size: 0 }
        : this.shared.size === this.size
          ? this.shared
          : this.copy();
    shared.byKey.set(key, { unit, at: shared.size });
    shared.size += 1;
    return new UnitIndex(shared, shared.size);
  }

  /** Every unit of this version, in registration order. */
  *values(): IterableIterator<StructureUnit> {
    for (const entry of this.shared.byKey.values()) if (entry.at < this.size) yield entry.unit;
  }

  private copy() {
    const byKey = new Map([...this.shared.byKey].filter(([, entry]) => entry.at < this.size));
    return { byKey, size: this.size };
  }
}

export interface StructureState {
  /** Every registered unit by kind and id, as registered. */
  readonly units: UnitIndex;
  /** Owners' committees, supervisory committees, property services and alliance members per compound; property companies. */
  readonly bodies: BodiesState;
}

export type StructureCommand =
  { readonly kind: 'RegisterStructure'; readonly units: readonly StructureUnit[] } | CompoundBodyCommand;

const key = (kind: StructureKind, id: string) => `${kind}:${id}`;

function unitOf(event: StructureUnitEvent): StructureUnit {
  switch (event.type) {
    case 'CompoundRegistered':
      return { kind: 'compound', id: event.data.compoundId, name: event.data.name, parentId: null, attribute: null };
    case 'BuildingRegistered':
      return {
        kind: 'building',
        id: event.data.buildingId,
        name: event.data.name,
        parentId: event.data.compoundId,
        attribute: null,
      };
    case 'GridRegistered':
      return {
        kind: 'grid',
        id: event.data.gridId,
        name: event.data.name,
        parentId: event.data.compoundId,
        attribute: null,
      };
    case 'PartyOrganisationRegistered':
      return {
        kind: 'party-organisation',
        id: event.data.organisationId,
        name: event.data.name,
        parentId: event.data.parentId,
        attribute: event.data.level,
        compoundId: event.data.compoundId,
      };
    case 'StaffAssigned':
      return {
        kind: 'staff',
        id: event.data.staffId,
        name: event.data.namePii,
        parentId: event.data.gridId,
        attribute: event.data.post,
      };
  }
}

function eventOf(unit: StructureUnit): StructureEvent {
  switch (unit.kind) {
    case 'compound':
      return { type: 'CompoundRegistered', data: { compoundId: unit.id, name: unit.name } };
    case 'building':
      return {
        type: 'BuildingRegistered',
        data: { buildingId: unit.id, name: unit.name, compoundId: unit.parentId as string },
      };
    case 'grid':
      return { type: 'GridRegistered', data: { gridId: unit.id, name: unit.name, compoundId: unit.parentId } };
    case 'party-organisation':
      return {
        type: 'PartyOrganisationRegistered',
        data: {
          organisationId: unit.id,
          name: unit.name,
          level: unit.attribute as PartyOrganisationLevel,
          parentId: unit.parentId,
          compoundId: unit.compoundId ?? null,
        },
      };
    case 'staff':
      return {
        type: 'StaffAssigned',
        data: { staffId: unit.id, namePii: unit.name, post: unit.attribute as StaffPost, gridId: unit.parentId },
      };
  }
}

const refuse = (code: string, zh: string, en: string, unit: StructureUnit): never => {
  throw new DomainError(code, code === 'STRUCTURE_UNIT_CONFLICT' ? 'conflict' : 'invalid', zh, en, {
    kind: unit.kind,
    id: unit.id,
  });
};

/** The parent a unit needs, if any: kind and, for party organisations, the allowed levels. */
function checkParent(unit: StructureUnit, find: (kind: StructureKind, id: string) => StructureUnit | undefined): void {
  const label = `${STRUCTURE_KINDS[unit.kind]} ${unit.id}`;
  const need = (kind: StructureKind) => {
    if (!unit.parentId)
      return refuse(
        'STRUCTURE_PARENT_REQUIRED',
        `${label} 须填写上级${STRUCTURE_KINDS[kind]}`,
        `${unit.kind} ${unit.id} needs a parent ${kind}`,
        unit,
      );
    const parent = find(kind, unit.parentId);
    if (!parent)
      return refuse(
        'STRUCTURE_PARENT_MISSING',
        `${label} 的上级${STRUCTURE_KINDS[kind]} ${unit.parentId} 不存在`,
        `parent ${kind} ${unit.parentId} of ${unit.id} does not exist`,
        unit,
      );
    return parent;
  };
  switch (unit.kind) {
    case 'compound':
      return;
    case 'building':
      need('compound');
      return;
    case 'grid':
    case 'staff':
      if (unit.parentId) need(unit.kind === 'grid' ? 'compound' : 'grid');
      return;
    case 'party-organisation': {
      const level = PARTY_ORGANISATION_LEVELS[unit.attribute as PartyOrganisationLevel];
      if (!level)
        return refuse(
          'INVALID_LEVEL',
          `${label} 的层级无效`,
          `invalid party organisation level ${unit.attribute}`,
          unit,
        );
      if (unit.attribute === 'compound-branch' && !unit.compoundId)
        refuse(
          'STRUCTURE_COMPOUND_REQUIRED',
          `小区党支部 ${unit.id} 须填写所属小区`,
          `compound branch ${unit.id} needs its compound`,
          unit,
        );
      if (unit.compoundId && !find('compound', unit.compoundId))
        refuse(
          'STRUCTURE_PARENT_MISSING',
          `${label} 的所属小区 ${unit.compoundId} 不存在`,
          `compound ${unit.compoundId} of ${unit.id} does not exist`,
          unit,
        );
      if (level.parents.length === 0) {
        if (unit.parentId)
          refuse(
            'STRUCTURE_PARENT_NOT_ALLOWED',
            `${level.label}没有上级党组织`,
            `${unit.attribute} has no parent`,
            unit,
          );
        return;
      }
      const parent = need('party-organisation');
      if (!(level.parents as readonly string[]).includes(parent.attribute ?? '')) {
        refuse(
          'STRUCTURE_PARENT_LEVEL',
          `${level.label}的上级应为${level.parents.map((p) => PARTY_ORGANISATION_LEVELS[p].label).join('或')}`,
          `a ${unit.attribute} belongs under ${level.parents.join(' or ')}`,
          unit,
        );
      }
    }
  }
}

const same = (a: StructureUnit, b: StructureUnit) =>
  a.name === b.name &&
  a.parentId === b.parentId &&
  a.attribute === b.attribute &&
  (a.compoundId ?? null) === (b.compoundId ?? null);

/** The registered structure as the compound bodies' rules see it. */
export function structureLookup(units: UnitIndex): StructureLookup {
  return {
    compound: (id) => units.get(key('compound', id)),
    organisation: (id) => {
      const unit = units.get(key('party-organisation', id));
      return unit ? { name: unit.name, level: unit.attribute ?? '', compoundId: unit.compoundId ?? null } : undefined;
    },
    hasBranch: (compoundId) => {
      for (const unit of units.values())
        if (
          unit.kind === 'party-organisation' &&
          unit.attribute === 'compound-branch' &&
          unit.compoundId === compoundId
        )
          return true;
      return false;
    },
  };
}

const isBodyEvent = (event: StructureEvent): event is CompoundBodyEvent => COMPOUND_BODY_EVENT_TYPES.has(event.type);

/**
 * A community's structure. Registering a unit again with the same data changes nothing (an
 * import may be repeated); with different data it is refused — renames and moves are their own
 * commands. Parents must exist, earlier in the history or earlier in the same batch. Every other
 * command is about a compound's bodies (compound-bodies.ts), decided against the units registered.
 */
export const structureDecider: Decider<StructureCommand, StructureState, StructureEvent> = {
  initialState: { units: UnitIndex.empty(), bodies: EMPTY_BODIES },
  evolve(state, event) {
    if (isBodyEvent(event)) return { units: state.units, bodies: evolveBodies(state.bodies, event) };
    const unit = unitOf(event);
    return { units: state.units.with(key(unit.kind, unit.id), unit), bodies: state.bodies };
  },
  decide(command, state) {
    if (command.kind !== 'RegisterStructure')
      return decideCompoundBody(command, state.bodies, structureLookup(state.units));
    const batch = new Map<string, StructureUnit>();
    const find = (kind: StructureKind, id: string) => batch.get(key(kind, id)) ?? state.units.get(key(kind, id));
    const events: StructureEvent[] = [];
    for (const unit of command.units) {
      const existing = find(unit.kind, unit.id);
      if (existing) {
        if (!same(existing, unit))
          refuse(
            'STRUCTURE_UNIT_CONFLICT',
            `${STRUCTURE_KINDS[unit.kind]} ${unit.id} 已登记为「${existing.name}」，与本次不同`,
            `${unit.kind} ${unit.id} is already registered differently`,
            unit,
          );
        continue;
      }
      if (unit.kind === 'staff' && !Object.hasOwn(STAFF_POSTS, unit.attribute ?? ''))
        refuse('INVALID_POST', `工作人员 ${unit.id} 的岗位无效`, `invalid staff post ${unit.attribute}`, unit);
      checkParent(unit, find);
      batch.set(key(unit.kind, unit.id), unit);
      events.push(eventOf(unit));
    }
    return events;
  },
};
