import {
  COMPOUND_BODY_EVENT_TYPES,
  type AllianceMemberKind,
  type CommitteeTerm,
  type CompoundBodyEvent,
  type PropertyServiceKind,
  type StructureEvent,
  type StructureKind,
  type StructureUnit,
  type StructureUnitEvent,
} from './structure.events.js';

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

export type OwnersCommitteeStatus = 'in-office' | 'term-ended';
export const OWNERS_COMMITTEE_STATUS_LABELS: Record<OwnersCommitteeStatus | 'none', string> = {
  none: '未成立',
  'in-office': '在任',
  'term-ended': '任期已满',
};
export type PropertyServiceStatus = 'in-force' | 'ended';
export const PROPERTY_SERVICE_STATUS_LABELS: Record<PropertyServiceStatus | 'none', string> = {
  none: '无物业服务',
  'in-force': '服务中',
  ended: '已退出',
};

export interface OwnersCommitteeState extends Omit<CommitteeTerm, 'compoundId'> {
  readonly status: OwnersCommitteeStatus;
  /** Terms elected so far (an election after a term ended starts counting on). */
  readonly terms: number;
  readonly endedOn: string | null;
}

export interface PropertyServiceState {
  readonly status: PropertyServiceStatus;
  readonly serviceKind: PropertyServiceKind;
  readonly companyId: string | null;
  readonly partyOrganisationId: string | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
}

export interface AllianceMember {
  readonly memberKind: AllianceMemberKind;
  readonly memberId: string;
  readonly name: string;
  readonly joinedOn: string;
}

export interface CompoundBodies {
  readonly name: string | null;
  readonly ownersCommittee: OwnersCommitteeState | null;
  readonly supervisoryCommittee: {
    readonly formedOn: string;
    readonly members: number;
    readonly partyMembers: number;
  } | null;
  readonly propertyService: PropertyServiceState | null;
  readonly alliance: readonly AllianceMember[];
}

export interface BodiesState {
  /** Per compound id; compounds without any body event are absent. */
  readonly compounds: Readonly<Record<string, CompoundBodies>>;
  readonly companies: Readonly<Record<string, { readonly name: string }>>;
}

export const EMPTY_BODIES: BodiesState = { compounds: {}, companies: {} };
export const NO_BODIES: CompoundBodies = {
  name: null,
  ownersCommittee: null,
  supervisoryCommittee: null,
  propertyService: null,
  alliance: [],
};

/** The key of a unit in the index: kind and id. */
export const key = (kind: StructureKind, id: string) => `${kind}:${id}`;

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

const isBodyEvent = (event: StructureEvent): event is CompoundBodyEvent => COMPOUND_BODY_EVENT_TYPES.has(event.type);

/** Applies one compound-body event. */
export function evolveBodies(state: BodiesState, event: CompoundBodyEvent): BodiesState {
  if (event.type === 'PropertyCompanyRegistered')
    return { ...state, companies: { ...state.companies, [event.data.companyId]: { name: event.data.name } } };
  const id = event.data.compoundId;
  const bodies = state.compounds[id] ?? NO_BODIES;
  const next = ((): CompoundBodies => {
    switch (event.type) {
      case 'CompoundRenamed':
        return { ...bodies, name: event.data.name };
      case 'OwnersCommitteeElected':
      case 'OwnersCommitteeReElected': {
        const { compoundId: _compound, ...term } = event.data;
        return {
          ...bodies,
          ownersCommittee: {
            ...term,
            status: 'in-office',
            terms: (bodies.ownersCommittee?.terms ?? 0) + 1,
            endedOn: null,
          },
        };
      }
      case 'OwnersCommitteeTermEnded':
        return bodies.ownersCommittee
          ? {
              ...bodies,
              ownersCommittee: { ...bodies.ownersCommittee, status: 'term-ended', endedOn: event.data.endedOn },
            }
          : bodies;
      case 'OwnersCommitteeOneShoulderChanged':
        return bodies.ownersCommittee
          ? { ...bodies, ownersCommittee: { ...bodies.ownersCommittee, oneShoulder: event.data.oneShoulder } }
          : bodies;
      case 'SupervisoryCommitteeFormed':
        return {
          ...bodies,
          supervisoryCommittee: {
            formedOn: event.data.formedOn,
            members: event.data.members,
            partyMembers: event.data.partyMembers,
          },
        };
      case 'PropertyServiceStarted': {
        const { compoundId: _compound, ...service } = event.data;
        return { ...bodies, propertyService: { ...service, status: 'in-force', endedOn: null } };
      }
      case 'PropertyServiceEnded':
        return bodies.propertyService
          ? { ...bodies, propertyService: { ...bodies.propertyService, status: 'ended', endedOn: event.data.endedOn } }
          : bodies;
      case 'RedAllianceMemberJoined': {
        const { compoundId: _compound, ...member } = event.data;
        return { ...bodies, alliance: [...bodies.alliance, member] };
      }
    }
  })();
  return { ...state, compounds: { ...state.compounds, [id]: next } };
}

export const initialStructureState: StructureState = { units: UnitIndex.empty(), bodies: EMPTY_BODIES };

export function evolveStructure(state: StructureState, event: StructureEvent): StructureState {
  if (isBodyEvent(event)) return { units: state.units, bodies: evolveBodies(state.bodies, event) };
  const unit = unitOf(event);
  return { units: state.units.with(key(unit.kind, unit.id), unit), bodies: state.bodies };
}
