import type { DomainEvent } from '../shared/decider.js';

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

export interface CommitteeTerm {
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
