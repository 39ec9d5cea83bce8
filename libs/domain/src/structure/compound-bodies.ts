import type { DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { assertCalendarDate } from '../shared/calendar.js';
import { text } from '../shared/lifecycle.js';

/**
 * The bodies of a compound besides its party branch (domain.md §2): the owners' committee
 * 业主委员会 (elected, re-elected at the end of a term, or its term ended), the supervisory
 * committee 监事会, the property service (a registered property company, red property under a
 * party branch, or self-management 自管会) and the members of the 5+ red alliance 5+红色联盟.
 * They live in the community's structure stream, next to the compounds they belong to.
 */
export const PROPERTY_SERVICE_KINDS = {
  professional: '专业物业',
  'red-property': '红色物业（党支部领办）',
  'self-managed': '自管会',
} as const;
export type PropertyServiceKind = keyof typeof PROPERTY_SERVICE_KINDS;

export const ALLIANCE_MEMBER_KINDS = {
  'party-branch': '党支部',
  'owners-committee': '业主委员会',
  'supervisory-committee': '监事会',
  'property-company': '物业公司',
  'two-new-organisation': '两新组织',
} as const;
export type AllianceMemberKind = keyof typeof ALLIANCE_MEMBER_KINDS;

/** Party organisations that can lead a red property service or sit in the alliance as the branch. */
const BRANCH_LEVELS = ['compound-branch', 'functional-branch', 'property-branch'];

interface CommitteeTerm {
  readonly compoundId: string;
  readonly electedOn: string;
  readonly members: number;
  /** Members of the committee who are party members. */
  readonly partyMembers: number;
  /** The chair's name is personal data. */
  readonly chairNamePii: string;
  /** 一肩挑: the chair is also the compound's party branch secretary. */
  readonly oneShoulder: boolean;
  readonly termYears: number | null;
}

export type OwnersCommitteeElected = DomainEvent<'OwnersCommitteeElected', CommitteeTerm>;
/** 换届: a new term of a committee in office; the old term ends with it. */
export type OwnersCommitteeReElected = DomainEvent<'OwnersCommitteeReElected', CommitteeTerm>;
export type OwnersCommitteeTermEnded = DomainEvent<
  'OwnersCommitteeTermEnded',
  { readonly compoundId: string; readonly endedOn: string; readonly reason: string }
>;
/** 一肩挑 begins (the chair becomes the branch secretary, e.g. when the branch is founded after the election) or ends. */
export type OwnersCommitteeOneShoulderChanged = DomainEvent<
  'OwnersCommitteeOneShoulderChanged',
  { readonly compoundId: string; readonly oneShoulder: boolean; readonly since: string }
>;
export type SupervisoryCommitteeFormed = DomainEvent<
  'SupervisoryCommitteeFormed',
  { readonly compoundId: string; readonly formedOn: string; readonly members: number; readonly partyMembers: number }
>;
export type PropertyCompanyRegistered = DomainEvent<
  'PropertyCompanyRegistered',
  { readonly companyId: string; readonly name: string }
>;
export type PropertyServiceStarted = DomainEvent<
  'PropertyServiceStarted',
  {
    readonly compoundId: string;
    readonly serviceKind: PropertyServiceKind;
    readonly companyId: string | null;
    readonly partyOrganisationId: string | null;
    readonly startedOn: string;
  }
>;
export type PropertyServiceEnded = DomainEvent<
  'PropertyServiceEnded',
  { readonly compoundId: string; readonly endedOn: string; readonly reason: string }
>;
export type RedAllianceMemberJoined = DomainEvent<
  'RedAllianceMemberJoined',
  {
    readonly compoundId: string;
    readonly memberKind: AllianceMemberKind;
    readonly memberId: string;
    readonly name: string;
    readonly joinedOn: string;
  }
>;
export type CompoundRenamed = DomainEvent<'CompoundRenamed', { readonly compoundId: string; readonly name: string }>;

export type CompoundBodyEvent =
  | OwnersCommitteeElected
  | OwnersCommitteeReElected
  | OwnersCommitteeTermEnded
  | OwnersCommitteeOneShoulderChanged
  | SupervisoryCommitteeFormed
  | PropertyCompanyRegistered
  | PropertyServiceStarted
  | PropertyServiceEnded
  | RedAllianceMemberJoined
  | CompoundRenamed;

export const COMPOUND_BODY_EVENT_TYPES: ReadonlySet<string> = new Set([
  'OwnersCommitteeElected',
  'OwnersCommitteeReElected',
  'OwnersCommitteeTermEnded',
  'OwnersCommitteeOneShoulderChanged',
  'SupervisoryCommitteeFormed',
  'PropertyCompanyRegistered',
  'PropertyServiceStarted',
  'PropertyServiceEnded',
  'RedAllianceMemberJoined',
  'CompoundRenamed',
]);

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
const NO_BODIES: CompoundBodies = {
  name: null,
  ownersCommittee: null,
  supervisoryCommittee: null,
  propertyService: null,
  alliance: [],
};

export type CompoundBodyCommand =
  | {
      readonly kind: 'ElectOwnersCommittee' | 'ReElectOwnersCommittee';
      readonly compoundId: string;
      readonly electedOn: string;
      readonly members: number;
      readonly partyMembers: number;
      readonly chairName: string;
      readonly oneShoulder: boolean;
      readonly termYears?: number | null;
    }
  | {
      readonly kind: 'EndOwnersCommitteeTerm';
      readonly compoundId: string;
      readonly endedOn: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'RecordOneShoulder';
      readonly compoundId: string;
      readonly oneShoulder: boolean;
      readonly since: string;
    }
  | {
      readonly kind: 'FormSupervisoryCommittee';
      readonly compoundId: string;
      readonly formedOn: string;
      readonly members: number;
      readonly partyMembers: number;
    }
  | { readonly kind: 'RegisterPropertyCompany'; readonly companyId: string; readonly name: string }
  | {
      readonly kind: 'StartPropertyService';
      readonly compoundId: string;
      readonly serviceKind: PropertyServiceKind;
      readonly companyId?: string | null;
      readonly partyOrganisationId?: string | null;
      readonly startedOn: string;
    }
  | {
      readonly kind: 'EndPropertyService';
      readonly compoundId: string;
      readonly endedOn: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'JoinRedAlliance';
      readonly compoundId: string;
      readonly memberKind: AllianceMemberKind;
      readonly memberId?: string | null;
      readonly name?: string | null;
      readonly joinedOn: string;
    }
  | { readonly kind: 'RenameCompound'; readonly compoundId: string; readonly name: string };

/** What the bodies need to know of the registered structure (compounds and party organisations). */
export interface StructureLookup {
  compound(id: string): { readonly name: string } | undefined;
  organisation(
    id: string,
  ): { readonly name: string; readonly level: string; readonly compoundId: string | null } | undefined;
  /** Whether a 小区党支部 names this compound. */
  hasBranch(compoundId: string): boolean;
}

const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

function count(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(
      'INVALID_COUNT',
      'invalid',
      `${field} 应为 ${min}–${max} 的整数`,
      `${field} must be an integer from ${min} to ${max}`,
      { field },
    );
  }
  return value;
}

function partyMembersOf(partyMembers: number, members: number): number {
  count(partyMembers, 'partyMembers', 0, 999);
  if (partyMembers > members)
    throw new DomainError(
      'PARTY_MEMBERS_EXCEED_MEMBERS',
      'invalid',
      `党员人数（${partyMembers}）不能多于成员人数（${members}）`,
      `partyMembers (${partyMembers}) cannot exceed members (${members})`,
      { field: 'partyMembers' },
    );
  return partyMembers;
}

function conflict(code: string, zh: string, en: string, state: string): never {
  throw new DomainError(code, 'conflict', zh, en, { state });
}

/** The bodies of a compound that must exist in the structure. */
function compoundOf(state: BodiesState, lookup: StructureLookup, compoundId: string): CompoundBodies {
  if (!lookup.compound(compoundId))
    throw new DomainError(
      'COMPOUND_NOT_FOUND',
      'not-found',
      `小区 ${compoundId} 未登记`,
      `No compound ${compoundId} is registered`,
      { field: 'compoundId' },
    );
  return state.compounds[compoundId] ?? NO_BODIES;
}

const committeeStatus = (bodies: CompoundBodies) => bodies.ownersCommittee?.status ?? 'none';
const serviceStatus = (bodies: CompoundBodies) => bodies.propertyService?.status ?? 'none';

function requireCommitteeInOffice(bodies: CompoundBodies, what: string): void {
  const status = committeeStatus(bodies);
  if (status !== 'in-office')
    conflict(
      'OWNERS_COMMITTEE_NOT_IN_OFFICE',
      `业主委员会${OWNERS_COMMITTEE_STATUS_LABELS[status]}，不能${what}`,
      `No owners' committee is in office (${status}): cannot ${what}`,
      status,
    );
}

function requireOneShoulderPossible(compoundId: string, partyMembers: number, lookup: StructureLookup): void {
  if (!lookup.hasBranch(compoundId))
    conflict(
      'ONE_SHOULDER_WITHOUT_BRANCH',
      '小区尚未建立党支部，不能登记「一肩挑」',
      'The compound has no party branch, so its chair cannot also be branch secretary',
      'no-branch',
    );
  if (partyMembers < 1)
    throw new DomainError(
      'ONE_SHOULDER_CHAIR_NOT_MEMBER',
      'invalid',
      '「一肩挑」的主任是支部书记，党员人数至少为 1',
      'A chair who is branch secretary is a party member: partyMembers must be at least 1',
      { field: 'partyMembers' },
    );
}

function decideElection(
  command: Extract<CompoundBodyCommand, { kind: 'ElectOwnersCommittee' | 'ReElectOwnersCommittee' }>,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  const status = committeeStatus(bodies);
  if (command.kind === 'ElectOwnersCommittee' && status === 'in-office') {
    conflict(
      'OWNERS_COMMITTEE_IN_OFFICE',
      '业主委员会在任，换届请登记换届选举',
      "An owners' committee is in office: record a re-election instead",
      status,
    );
  }
  if (command.kind === 'ReElectOwnersCommittee') requireCommitteeInOffice(bodies, '换届');
  const members = count(command.members, 'members', 3, 99);
  const partyMembers = partyMembersOf(command.partyMembers, members);
  if (command.oneShoulder) requireOneShoulderPossible(command.compoundId, partyMembers, lookup);
  const termYears = command.termYears == null ? null : count(command.termYears, 'termYears', 1, 5);
  const data: CommitteeTerm = {
    compoundId: command.compoundId,
    electedOn: assertCalendarDate(command.electedOn, 'electedOn'),
    members,
    partyMembers,
    chairNamePii: text(command.chairName, 'chairName', 1, 50),
    oneShoulder: command.oneShoulder,
    termYears,
  };
  return [
    command.kind === 'ElectOwnersCommittee'
      ? { type: 'OwnersCommitteeElected', data }
      : { type: 'OwnersCommitteeReElected', data },
  ];
}

function decideServiceStart(
  command: Extract<CompoundBodyCommand, { kind: 'StartPropertyService' }>,
  state: BodiesState,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  const status = serviceStatus(bodies);
  if (status === 'in-force')
    conflict(
      'PROPERTY_SERVICE_IN_FORCE',
      '小区已有物业服务，请先登记退出',
      'The compound already has a property service: end it first',
      status,
    );
  if (!Object.hasOwn(PROPERTY_SERVICE_KINDS, command.serviceKind))
    throw new DomainError('INVALID_SERVICE_KIND', 'invalid', '物业服务方式无效', 'Unknown property service kind', {
      field: 'serviceKind',
    });
  const companyId = command.companyId ?? null;
  const organisationId = command.partyOrganisationId ?? null;
  if (command.serviceKind === 'self-managed') {
    if (companyId)
      throw new DomainError(
        'SELF_MANAGED_WITHOUT_COMPANY',
        'invalid',
        '自管会服务不登记物业公司',
        'A self-managed service has no property company',
        { field: 'companyId' },
      );
  } else {
    if (!companyId)
      throw new DomainError(
        'PROPERTY_COMPANY_REQUIRED',
        'invalid',
        `${PROPERTY_SERVICE_KINDS[command.serviceKind]}须填写物业公司`,
        `A ${command.serviceKind} service names its property company`,
        { field: 'companyId' },
      );
    if (!state.companies[companyId])
      throw new DomainError(
        'PROPERTY_COMPANY_NOT_FOUND',
        'not-found',
        `物业公司 ${companyId} 未登记`,
        `No property company ${companyId} is registered`,
        { field: 'companyId' },
      );
  }
  if (command.serviceKind === 'red-property' && !organisationId) {
    throw new DomainError(
      'PARTY_BRANCH_REQUIRED',
      'invalid',
      '红色物业须填写领办的党支部',
      'A red property service names the party branch that leads it',
      { field: 'partyOrganisationId' },
    );
  }
  if (organisationId) {
    const organisation = lookup.organisation(organisationId);
    if (!organisation || !BRANCH_LEVELS.includes(organisation.level)) {
      throw new DomainError(
        'PARTY_BRANCH_NOT_FOUND',
        'not-found',
        `党支部 ${organisationId} 未登记`,
        `No party branch ${organisationId} is registered`,
        { field: 'partyOrganisationId' },
      );
    }
  }
  return [
    {
      type: 'PropertyServiceStarted',
      data: {
        compoundId: command.compoundId,
        serviceKind: command.serviceKind,
        companyId,
        partyOrganisationId: organisationId,
        startedOn: assertCalendarDate(command.startedOn, 'startedOn'),
      },
    },
  ];
}

function decideAlliance(
  command: Extract<CompoundBodyCommand, { kind: 'JoinRedAlliance' }>,
  state: BodiesState,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  if (!Object.hasOwn(ALLIANCE_MEMBER_KINDS, command.memberKind))
    throw new DomainError('INVALID_MEMBER_KIND', 'invalid', '联盟成员类型无效', 'Unknown alliance member kind', {
      field: 'memberKind',
    });
  const given = command.memberId ?? null;
  const needId = () => {
    if (!given)
      throw new DomainError(
        'ALLIANCE_MEMBER_ID_REQUIRED',
        'invalid',
        `${ALLIANCE_MEMBER_KINDS[command.memberKind]}须填写编号`,
        `A ${command.memberKind} member needs its memberId`,
        { field: 'memberId' },
      );
    return given;
  };
  let member: { memberId: string; name: string };
  switch (command.memberKind) {
    case 'party-branch': {
      const id = needId();
      const organisation = lookup.organisation(id);
      if (!organisation || !BRANCH_LEVELS.includes(organisation.level))
        throw new DomainError(
          'PARTY_BRANCH_NOT_FOUND',
          'not-found',
          `党支部 ${id} 未登记`,
          `No party branch ${id} is registered`,
          { field: 'memberId' },
        );
      member = { memberId: id, name: organisation.name };
      break;
    }
    case 'owners-committee':
      requireCommitteeInOffice(bodies, '加入联盟');
      member = { memberId: command.compoundId, name: '业主委员会' };
      break;
    case 'supervisory-committee':
      if (!bodies.supervisoryCommittee)
        conflict(
          'SUPERVISORY_COMMITTEE_NOT_FORMED',
          '小区尚未成立监事会',
          'The compound has no supervisory committee',
          'none',
        );
      member = { memberId: command.compoundId, name: '监事会' };
      break;
    case 'property-company': {
      const id = needId();
      const company = state.companies[id];
      if (!company)
        throw new DomainError(
          'PROPERTY_COMPANY_NOT_FOUND',
          'not-found',
          `物业公司 ${id} 未登记`,
          `No property company ${id} is registered`,
          { field: 'memberId' },
        );
      member = { memberId: id, name: company.name };
      break;
    }
    case 'two-new-organisation': {
      const id = needId();
      if (!CODE.test(id))
        throw new DomainError(
          'INVALID_CODE',
          'invalid',
          'memberId 应为小写字母数字编号',
          'memberId must be a lowercase code',
          { field: 'memberId' },
        );
      member = { memberId: id, name: text(command.name, 'name', 2, 100) };
      break;
    }
  }
  if (bodies.alliance.some((m) => m.memberKind === command.memberKind && m.memberId === member.memberId)) {
    conflict(
      'ALLIANCE_MEMBER_EXISTS',
      `「${member.name}」已是本小区5+红色联盟成员`,
      `${member.name} is already a member of the compound's 5+ red alliance`,
      'member',
    );
  }
  return [
    {
      type: 'RedAllianceMemberJoined',
      data: {
        compoundId: command.compoundId,
        memberKind: command.memberKind,
        ...member,
        joinedOn: assertCalendarDate(command.joinedOn, 'joinedOn'),
      },
    },
  ];
}

/** Decides a compound-body command against the bodies so far and the registered structure. Pure. */
export function decideCompoundBody(
  command: CompoundBodyCommand,
  state: BodiesState,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  if (command.kind === 'RegisterPropertyCompany') {
    if (!CODE.test(command.companyId))
      throw new DomainError(
        'INVALID_CODE',
        'invalid',
        'companyId 应为小写字母数字编号',
        'companyId must be a lowercase code',
        { field: 'companyId' },
      );
    const name = text(command.name, 'name', 2, 100);
    const existing = state.companies[command.companyId];
    if (existing && existing.name === name) return []; // registered again with the same data: nothing changes
    if (existing)
      conflict(
        'PROPERTY_COMPANY_CONFLICT',
        `物业公司 ${command.companyId} 已登记为「${existing.name}」`,
        `Property company ${command.companyId} is already registered as ${existing.name}`,
        'registered',
      );
    return [{ type: 'PropertyCompanyRegistered', data: { companyId: command.companyId, name } }];
  }
  const bodies = compoundOf(state, lookup, command.compoundId);
  switch (command.kind) {
    case 'RenameCompound': {
      const name = text(command.name, 'name', 2, 50);
      const current = bodies.name ?? lookup.compound(command.compoundId)?.name;
      if (name === current) return [];
      return [{ type: 'CompoundRenamed', data: { compoundId: command.compoundId, name } }];
    }
    case 'ElectOwnersCommittee':
    case 'ReElectOwnersCommittee':
      return decideElection(command, bodies, lookup);
    case 'EndOwnersCommitteeTerm':
      requireCommitteeInOffice(bodies, '登记任期结束');
      return [
        {
          type: 'OwnersCommitteeTermEnded',
          data: {
            compoundId: command.compoundId,
            endedOn: assertCalendarDate(command.endedOn, 'endedOn'),
            reason: text(command.reason, 'reason'),
          },
        },
      ];
    case 'RecordOneShoulder': {
      requireCommitteeInOffice(bodies, '登记「一肩挑」');
      const committee = bodies.ownersCommittee as OwnersCommitteeState;
      if (committee.oneShoulder === command.oneShoulder) return [];
      if (command.oneShoulder) requireOneShoulderPossible(command.compoundId, committee.partyMembers, lookup);
      return [
        {
          type: 'OwnersCommitteeOneShoulderChanged',
          data: {
            compoundId: command.compoundId,
            oneShoulder: command.oneShoulder,
            since: assertCalendarDate(command.since, 'since'),
          },
        },
      ];
    }
    case 'FormSupervisoryCommittee': {
      if (bodies.supervisoryCommittee)
        conflict(
          'SUPERVISORY_COMMITTEE_EXISTS',
          '小区已成立监事会',
          'The compound already has a supervisory committee',
          'formed',
        );
      const members = count(command.members, 'members', 3, 99);
      return [
        {
          type: 'SupervisoryCommitteeFormed',
          data: {
            compoundId: command.compoundId,
            formedOn: assertCalendarDate(command.formedOn, 'formedOn'),
            members,
            partyMembers: partyMembersOf(command.partyMembers, members),
          },
        },
      ];
    }
    case 'StartPropertyService':
      return decideServiceStart(command, state, bodies, lookup);
    case 'EndPropertyService': {
      const status = serviceStatus(bodies);
      if (status !== 'in-force')
        conflict(
          'PROPERTY_SERVICE_NOT_IN_FORCE',
          `小区${PROPERTY_SERVICE_STATUS_LABELS[status]}，不能登记退出`,
          `The compound has no property service in force (${status})`,
          status,
        );
      return [
        {
          type: 'PropertyServiceEnded',
          data: {
            compoundId: command.compoundId,
            endedOn: assertCalendarDate(command.endedOn, 'endedOn'),
            reason: text(command.reason, 'reason'),
          },
        },
      ];
    }
    case 'JoinRedAlliance':
      return decideAlliance(command, state, bodies, lookup);
  }
}

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
