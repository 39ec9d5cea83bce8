import { DomainError } from '../shared/domain-error.js';
import {
  key,
  OWNERS_COMMITTEE_STATUS_LABELS,
  NO_BODIES,
  type BodiesState,
  type CompoundBodies,
  type UnitIndex,
} from './structure.state.js';

/** What the bodies need to know of the registered structure (compounds and party organisations). */
export interface StructureLookup {
  compound(id: string): { readonly name: string } | undefined;
  organisation(
    id: string,
  ): { readonly name: string; readonly level: string; readonly compoundId: string | null } | undefined;
  /** Whether a 小区党支部 names this compound. */
  hasBranch(compoundId: string): boolean;
}

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

/** Party organisations that can lead a red property service or sit in the alliance as the branch. */
export const BRANCH_LEVELS = ['compound-branch', 'functional-branch', 'property-branch'];

export const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function count(value: number, field: string, min: number, max: number): number {
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

export function partyMembersOf(partyMembers: number, members: number): number {
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

export function conflict(code: string, zh: string, en: string, state: string): never {
  throw new DomainError(code, 'conflict', zh, en, { state });
}

/** The bodies of a compound that must exist in the structure. */
export function compoundOf(state: BodiesState, lookup: StructureLookup, compoundId: string): CompoundBodies {
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

export const committeeStatus = (bodies: CompoundBodies) => bodies.ownersCommittee?.status ?? 'none';
export const serviceStatus = (bodies: CompoundBodies) => bodies.propertyService?.status ?? 'none';

export function requireCommitteeInOffice(bodies: CompoundBodies, what: string): void {
  const status = committeeStatus(bodies);
  if (status !== 'in-office')
    conflict(
      'OWNERS_COMMITTEE_NOT_IN_OFFICE',
      `业主委员会${OWNERS_COMMITTEE_STATUS_LABELS[status]}，不能${what}`,
      `No owners' committee is in office (${status}): cannot ${what}`,
      status,
    );
}

export function requireOneShoulderPossible(compoundId: string, partyMembers: number, lookup: StructureLookup): void {
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
