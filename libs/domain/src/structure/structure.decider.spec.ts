import { given } from '../shared/given.js';
import { structureDecider, type StructureEvent, type StructureUnit } from './index.js';

const unit = (
  kind: StructureUnit['kind'],
  id: string,
  name: string,
  parentId: string | null = null,
  attribute: string | null = null,
  compoundId: string | null = null,
): StructureUnit => ({ kind, id, name, parentId, attribute, compoundId });
const compound: StructureEvent = { type: 'CompoundRegistered', data: { compoundId: 'minxing', name: '民兴小区' } };
const committee: StructureEvent = {
  type: 'PartyOrganisationRegistered',
  data: {
    organisationId: 'dwei',
    name: '凤凰社区大党委',
    level: 'community-committee',
    parentId: null,
    compoundId: null,
  },
};

describe('community structure', () => {
  it('registers a compound with its buildings, grids, four party levels and staff in one batch, parents first', () => {
    given(structureDecider, [])
      .when({
        kind: 'RegisterStructure',
        units: [
          unit('compound', 'minxing', '民兴小区'),
          unit('building', 'minxing-3', '3栋', 'minxing'),
          unit('grid', 'g1', '第一网格', 'minxing'),
          unit('party-organisation', 'dwei', '凤凰社区大党委', null, 'community-committee'),
          unit('party-organisation', 'minxing-branch', '民兴小区党支部', 'dwei', 'compound-branch', 'minxing'),
          unit('party-organisation', 'minxing-3-group', '3栋党小组', 'minxing-branch', 'building-group'),
          unit('party-organisation', 'household-301', '301党员中心户', 'minxing-3-group', 'member-household'),
          unit('staff', 'wang', '王网格员', 'g1', 'grid-worker'),
        ],
      })
      .then([
        compound,
        { type: 'BuildingRegistered', data: { buildingId: 'minxing-3', name: '3栋', compoundId: 'minxing' } },
        { type: 'GridRegistered', data: { gridId: 'g1', name: '第一网格', compoundId: 'minxing' } },
        committee,
        {
          type: 'PartyOrganisationRegistered',
          data: {
            organisationId: 'minxing-branch',
            name: '民兴小区党支部',
            level: 'compound-branch',
            parentId: 'dwei',
            compoundId: 'minxing',
          },
        },
        {
          type: 'PartyOrganisationRegistered',
          data: {
            organisationId: 'minxing-3-group',
            name: '3栋党小组',
            level: 'building-group',
            parentId: 'minxing-branch',
            compoundId: null,
          },
        },
        {
          type: 'PartyOrganisationRegistered',
          data: {
            organisationId: 'household-301',
            name: '301党员中心户',
            level: 'member-household',
            parentId: 'minxing-3-group',
            compoundId: null,
          },
        },
        { type: 'StaffAssigned', data: { staffId: 'wang', namePii: '王网格员', post: 'grid-worker', gridId: 'g1' } },
      ]);
  });

  it('changes nothing when the same units are registered again (a repeated import)', () => {
    given(structureDecider, [compound, committee])
      .when({
        kind: 'RegisterStructure',
        units: [
          unit('compound', 'minxing', '民兴小区'),
          unit('party-organisation', 'dwei', '凤凰社区大党委', null, 'community-committee'),
        ],
      })
      .then([]);
  });

  it('refuses a unit registered again with different data', () => {
    given(structureDecider, [compound])
      .when({ kind: 'RegisterStructure', units: [unit('compound', 'minxing', '民兴花园')] })
      .thenThrows('STRUCTURE_UNIT_CONFLICT', { id: 'minxing' });
  });

  it('requires parents that exist and party levels in order', () => {
    given(structureDecider, [])
      .when({ kind: 'RegisterStructure', units: [unit('building', 'b1', '1栋')] })
      .thenThrows('STRUCTURE_PARENT_REQUIRED');
    given(structureDecider, [])
      .when({ kind: 'RegisterStructure', units: [unit('building', 'b1', '1栋', 'nowhere')] })
      .thenThrows('STRUCTURE_PARENT_MISSING');
    given(structureDecider, [committee])
      .when({ kind: 'RegisterStructure', units: [unit('party-organisation', 'g', '党小组', 'dwei', 'building-group')] })
      .thenThrows('STRUCTURE_PARENT_LEVEL');
    given(structureDecider, [committee])
      .when({
        kind: 'RegisterStructure',
        units: [unit('party-organisation', 'x', '第二大党委', 'dwei', 'community-committee')],
      })
      .thenThrows('STRUCTURE_PARENT_NOT_ALLOWED');
    given(structureDecider, [])
      .when({ kind: 'RegisterStructure', units: [unit('party-organisation', 'x', '某组织', null, 'club')] })
      .thenThrows('INVALID_LEVEL');
    given(structureDecider, [committee])
      .when({
        kind: 'RegisterStructure',
        units: [unit('party-organisation', 'b', '某支部', 'dwei', 'compound-branch')],
      })
      .thenThrows('STRUCTURE_COMPOUND_REQUIRED');
    given(structureDecider, [committee])
      .when({
        kind: 'RegisterStructure',
        units: [unit('party-organisation', 'b', '某支部', 'dwei', 'compound-branch', 'nowhere')],
      })
      .thenThrows('STRUCTURE_PARENT_MISSING');
    given(structureDecider, [])
      .when({ kind: 'RegisterStructure', units: [unit('staff', 's', '张三', null, 'mayor')] })
      .thenThrows('INVALID_POST');
  });
});

describe('UnitIndex (structure state)', () => {
  it('keeps every version as it was while later versions grow or branch', () => {
    const a = { kind: 'compound', id: 'a', name: 'A', parentId: null, attribute: null } as const;
    const b = { ...a, id: 'b', name: 'B' };
    const c = { ...a, id: 'c', name: 'C' };
    const v1 = structureDecider.initialState.units.with('compound:a', a);
    const v2 = v1.with('compound:b', b);
    const branch = v1.with('compound:c', c);
    expect([v1.get('compound:a'), v1.get('compound:b'), v1.size]).toEqual([a, undefined, 1]);
    expect([v2.get('compound:b'), v2.get('compound:c'), v2.size]).toEqual([b, undefined, 2]);
    expect([branch.get('compound:c'), branch.get('compound:b'), branch.size]).toEqual([c, undefined, 2]);
    expect(structureDecider.initialState.units.get('compound:a')).toBeUndefined();
  });
});
