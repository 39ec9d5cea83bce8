import { DomainError } from '../../shared/domain-error.js';
import {
  PARTY_ORGANISATION_LEVELS,
  type PartyOrganisationLevel,
  STAFF_POSTS,
  STRUCTURE_KINDS,
  type StaffPost,
  type StructureEvent,
  type StructureKind,
  type StructureUnit,
} from '../structure.events.js';
import { type StructureState, key } from '../structure.state.js';

export interface RegisterStructure {
  readonly kind: 'RegisterStructure';
  readonly units: readonly StructureUnit[];
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

export function registerStructure(command: RegisterStructure, state: StructureState): StructureEvent[] {
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
}
