import { fold } from '../shared/decider.js';
import { given } from '../shared/given.js';
import { type CompoundBodyCommand, structureDecider, type StructureEvent } from './index.js';

const compound: StructureEvent = { type: 'CompoundRegistered', data: { compoundId: 'changcheng', name: '长城水郡' } };
const committee: StructureEvent = {
  type: 'PartyOrganisationRegistered',
  data: {
    organisationId: 'dwei',
    name: '新园社区大党委',
    level: 'community-committee',
    parentId: null,
    compoundId: null,
  },
};
const branch: StructureEvent = {
  type: 'PartyOrganisationRegistered',
  data: {
    organisationId: 'changcheng-branch',
    name: '长城水郡党支部',
    level: 'compound-branch',
    parentId: 'dwei',
    compoundId: 'changcheng',
  },
};
const company: StructureEvent = { type: 'PropertyCompanyRegistered', data: { companyId: 'hongye', name: '宏业物业' } };
const propertyBranch: StructureEvent = {
  type: 'PartyOrganisationRegistered',
  data: {
    organisationId: 'hongye-branch',
    name: '宏业物业党支部',
    level: 'property-branch',
    parentId: 'dwei',
    compoundId: null,
  },
};

type Election = Extract<CompoundBodyCommand, { kind: 'ElectOwnersCommittee' | 'ReElectOwnersCommittee' }>;
const elect = (over: Partial<Election> = {}): Election => ({
  kind: 'ElectOwnersCommittee',
  compoundId: 'changcheng',
  electedOn: '2017-12-20',
  members: 7,
  partyMembers: 3,
  chairName: '刘主任',
  oneShoulder: false,
  ...over,
});
const term = {
  compoundId: 'changcheng',
  electedOn: '2017-12-20',
  members: 7,
  partyMembers: 3,
  chairNamePii: '刘主任',
  oneShoulder: false,
  termYears: null,
};
const elected: StructureEvent = { type: 'OwnersCommitteeElected', data: term };
const started: StructureEvent = {
  type: 'PropertyServiceStarted',
  data: {
    compoundId: 'changcheng',
    serviceKind: 'professional',
    companyId: 'hongye',
    partyOrganisationId: null,
    startedOn: '2018-01-01',
  },
};
const base = [compound, committee];

describe("owners' committee 业主委员会", () => {
  it('is elected in a registered compound, with its party-member members', () => {
    given(structureDecider, base).when(elect()).then([elected]);
  });

  it('records 一肩挑 only when the compound has a party branch and the chair is a party member', () => {
    given(structureDecider, [...base, branch])
      .when(elect({ oneShoulder: true }))
      .then([{ type: 'OwnersCommitteeElected', data: { ...term, oneShoulder: true } }]);
    given(structureDecider, base)
      .when(elect({ oneShoulder: true }))
      .thenThrows('ONE_SHOULDER_WITHOUT_BRANCH', { state: 'no-branch' });
    given(structureDecider, [...base, branch])
      .when(elect({ oneShoulder: true, partyMembers: 0 }))
      .thenThrows('ONE_SHOULDER_CHAIR_NOT_MEMBER', { field: 'partyMembers' });
  });

  it('refuses an unknown compound, bad counts and more party members than members', () => {
    given(structureDecider, []).when(elect()).thenThrows('COMPOUND_NOT_FOUND', { field: 'compoundId' });
    given(structureDecider, base)
      .when(elect({ members: 2 }))
      .thenThrows('INVALID_COUNT', { field: 'members' });
    given(structureDecider, base)
      .when(elect({ partyMembers: 8 }))
      .thenThrows('PARTY_MEMBERS_EXCEED_MEMBERS', { field: 'partyMembers' });
    given(structureDecider, base)
      .when(elect({ electedOn: '2017-13-01' }))
      .thenThrows('INVALID_DATE', { field: 'electedOn' });
    given(structureDecider, base)
      .when(elect({ termYears: 6 }))
      .thenThrows('INVALID_COUNT', { field: 'termYears' });
  });

  it('is re-elected while in office, ends its term, and is elected anew after that', () => {
    given(structureDecider, [...base, elected])
      .when(elect())
      .thenThrows('OWNERS_COMMITTEE_IN_OFFICE', { state: 'in-office' });
    given(structureDecider, [...base, elected])
      .when({ ...elect({ electedOn: '2022-12-20', partyMembers: 5, termYears: 5 }), kind: 'ReElectOwnersCommittee' })
      .then([
        { type: 'OwnersCommitteeReElected', data: { ...term, electedOn: '2022-12-20', partyMembers: 5, termYears: 5 } },
      ]);
    given(structureDecider, base)
      .when({ ...elect(), kind: 'ReElectOwnersCommittee' })
      .thenThrows('OWNERS_COMMITTEE_NOT_IN_OFFICE', { state: 'none' });
    const ended: StructureEvent = {
      type: 'OwnersCommitteeTermEnded',
      data: { compoundId: 'changcheng', endedOn: '2022-12-19', reason: '任期届满' },
    };
    given(structureDecider, [...base, elected])
      .when({ kind: 'EndOwnersCommitteeTerm', compoundId: 'changcheng', endedOn: '2022-12-19', reason: '任期届满' })
      .then([ended]);
    given(structureDecider, [...base, elected, ended])
      .when({ kind: 'EndOwnersCommitteeTerm', compoundId: 'changcheng', endedOn: '2022-12-20', reason: '任期届满' })
      .thenThrows('OWNERS_COMMITTEE_NOT_IN_OFFICE', { state: 'term-ended' });
    given(structureDecider, [...base, elected, ended])
      .when({ ...elect(), kind: 'ReElectOwnersCommittee' })
      .thenThrows('OWNERS_COMMITTEE_NOT_IN_OFFICE', { state: 'term-ended' });
    given(structureDecider, [...base, elected, ended])
      .when(elect({ electedOn: '2023-03-01' }))
      .then([{ type: 'OwnersCommitteeElected', data: { ...term, electedOn: '2023-03-01' } }]);
    const state = fold(structureDecider, [
      ...base,
      elected,
      ended,
      { type: 'OwnersCommitteeElected', data: { ...term, electedOn: '2023-03-01' } },
    ]);
    expect(state.bodies.compounds.changcheng?.ownersCommittee).toMatchObject({
      status: 'in-office',
      terms: 2,
      electedOn: '2023-03-01',
      endedOn: null,
    });
  });
});

describe('一肩挑 recorded after the election (the branch founded later)', () => {
  it('records that the chair became branch secretary once the compound has a branch; again changes nothing', () => {
    const record = {
      kind: 'RecordOneShoulder',
      compoundId: 'changcheng',
      oneShoulder: true,
      since: '2018-05-18',
    } as const;
    const changed: StructureEvent = {
      type: 'OwnersCommitteeOneShoulderChanged',
      data: { compoundId: 'changcheng', oneShoulder: true, since: '2018-05-18' },
    };
    given(structureDecider, [...base, elected])
      .when(record)
      .thenThrows('ONE_SHOULDER_WITHOUT_BRANCH');
    given(structureDecider, [...base, elected, branch])
      .when(record)
      .then([changed]);
    given(structureDecider, [...base, elected, branch, changed])
      .when(record)
      .then([]);
    given(structureDecider, [...base, branch])
      .when(record)
      .thenThrows('OWNERS_COMMITTEE_NOT_IN_OFFICE', { state: 'none' });
    expect(
      fold(structureDecider, [...base, elected, branch, changed]).bodies.compounds.changcheng?.ownersCommittee
        ?.oneShoulder,
    ).toBe(true);
  });
});

describe('supervisory committee 监事会', () => {
  it('is formed once per compound', () => {
    const formed: StructureEvent = {
      type: 'SupervisoryCommitteeFormed',
      data: { compoundId: 'changcheng', formedOn: '2018-06-01', members: 3, partyMembers: 2 },
    };
    given(structureDecider, base)
      .when({
        kind: 'FormSupervisoryCommittee',
        compoundId: 'changcheng',
        formedOn: '2018-06-01',
        members: 3,
        partyMembers: 2,
      })
      .then([formed]);
    given(structureDecider, [...base, formed])
      .when({
        kind: 'FormSupervisoryCommittee',
        compoundId: 'changcheng',
        formedOn: '2019-06-01',
        members: 3,
        partyMembers: 2,
      })
      .thenThrows('SUPERVISORY_COMMITTEE_EXISTS', { state: 'formed' });
    given(structureDecider, base)
      .when({
        kind: 'FormSupervisoryCommittee',
        compoundId: 'changcheng',
        formedOn: '2018-06-01',
        members: 3,
        partyMembers: 4,
      })
      .thenThrows('PARTY_MEMBERS_EXCEED_MEMBERS');
  });
});

describe('property companies and their service of a compound', () => {
  it('registers a company once; again with the same name changes nothing, with another name is refused', () => {
    given(structureDecider, [])
      .when({ kind: 'RegisterPropertyCompany', companyId: 'hongye', name: '宏业物业' })
      .then([company]);
    given(structureDecider, [company])
      .when({ kind: 'RegisterPropertyCompany', companyId: 'hongye', name: '宏业物业' })
      .then([]);
    given(structureDecider, [company])
      .when({ kind: 'RegisterPropertyCompany', companyId: 'hongye', name: '宏大物业' })
      .thenThrows('PROPERTY_COMPANY_CONFLICT');
    given(structureDecider, [])
      .when({ kind: 'RegisterPropertyCompany', companyId: 'Hong Ye', name: '宏业物业' })
      .thenThrows('INVALID_CODE', { field: 'companyId' });
  });

  it('starts a professional service by a registered company and ends it; one service at a time', () => {
    given(structureDecider, [...base, company])
      .when({
        kind: 'StartPropertyService',
        compoundId: 'changcheng',
        serviceKind: 'professional',
        companyId: 'hongye',
        startedOn: '2018-01-01',
      })
      .then([started]);
    given(structureDecider, [...base, company, started])
      .when({
        kind: 'StartPropertyService',
        compoundId: 'changcheng',
        serviceKind: 'self-managed',
        startedOn: '2019-01-01',
      })
      .thenThrows('PROPERTY_SERVICE_IN_FORCE', { state: 'in-force' });
    const ended: StructureEvent = {
      type: 'PropertyServiceEnded',
      data: { compoundId: 'changcheng', endedOn: '2019-01-01', reason: '合同到期退出' },
    };
    given(structureDecider, [...base, company, started])
      .when({ kind: 'EndPropertyService', compoundId: 'changcheng', endedOn: '2019-01-01', reason: '合同到期退出' })
      .then([ended]);
    given(structureDecider, [...base, company, started, ended])
      .when({ kind: 'EndPropertyService', compoundId: 'changcheng', endedOn: '2019-02-01', reason: '再次退出' })
      .thenThrows('PROPERTY_SERVICE_NOT_IN_FORCE', { state: 'ended' });
    given(structureDecider, base)
      .when({ kind: 'EndPropertyService', compoundId: 'changcheng', endedOn: '2019-02-01', reason: '退出' })
      .thenThrows('PROPERTY_SERVICE_NOT_IN_FORCE', { state: 'none' });
    given(structureDecider, [...base, company, started, ended])
      .when({
        kind: 'StartPropertyService',
        compoundId: 'changcheng',
        serviceKind: 'self-managed',
        startedOn: '2019-01-02',
      })
      .then([
        {
          type: 'PropertyServiceStarted',
          data: {
            compoundId: 'changcheng',
            serviceKind: 'self-managed',
            companyId: null,
            partyOrganisationId: null,
            startedOn: '2019-01-02',
          },
        },
      ]);
  });

  it('needs a registered company for professional and red property, a leading party branch for red property, and no company for 自管会', () => {
    const start = (over: Record<string, unknown>) =>
      ({
        kind: 'StartPropertyService',
        compoundId: 'changcheng',
        serviceKind: 'professional',
        startedOn: '2018-01-01',
        ...over,
      }) as CompoundBodyCommand;
    given(structureDecider, base).when(start({})).thenThrows('PROPERTY_COMPANY_REQUIRED', { field: 'companyId' });
    given(structureDecider, base)
      .when(start({ companyId: 'nobody' }))
      .thenThrows('PROPERTY_COMPANY_NOT_FOUND', { field: 'companyId' });
    given(structureDecider, [...base, company])
      .when(start({ serviceKind: 'red-property', companyId: 'hongye' }))
      .thenThrows('PARTY_BRANCH_REQUIRED', { field: 'partyOrganisationId' });
    given(structureDecider, [...base, company])
      .when(start({ serviceKind: 'red-property', companyId: 'hongye', partyOrganisationId: 'dwei' }))
      .thenThrows('PARTY_BRANCH_NOT_FOUND');
    given(structureDecider, [...base, company, propertyBranch])
      .when(start({ serviceKind: 'red-property', companyId: 'hongye', partyOrganisationId: 'hongye-branch' }))
      .then([
        {
          type: 'PropertyServiceStarted',
          data: {
            compoundId: 'changcheng',
            serviceKind: 'red-property',
            companyId: 'hongye',
            partyOrganisationId: 'hongye-branch',
            startedOn: '2018-01-01',
          },
        },
      ]);
    given(structureDecider, [...base, company])
      .when(start({ serviceKind: 'self-managed', companyId: 'hongye' }))
      .thenThrows('SELF_MANAGED_WITHOUT_COMPANY');
    given(structureDecider, base)
      .when(start({ serviceKind: 'none' }))
      .thenThrows('INVALID_SERVICE_KIND');
    given(structureDecider, [company])
      .when(start({ compoundId: 'nowhere', companyId: 'hongye' }))
      .thenThrows('COMPOUND_NOT_FOUND');
  });
});

describe('5+ red alliance 5+红色联盟', () => {
  const join = (memberKind: string, over: Record<string, unknown> = {}) =>
    ({
      kind: 'JoinRedAlliance',
      compoundId: 'changcheng',
      memberKind,
      joinedOn: '2019-03-01',
      ...over,
    }) as CompoundBodyCommand;
  const joined = (memberKind: string, memberId: string, name: string): StructureEvent => ({
    type: 'RedAllianceMemberJoined',
    data: { compoundId: 'changcheng', memberKind: memberKind as never, memberId, name, joinedOn: '2019-03-01' },
  });
  const formed: StructureEvent = {
    type: 'SupervisoryCommitteeFormed',
    data: { compoundId: 'changcheng', formedOn: '2018-06-01', members: 3, partyMembers: 2 },
  };
  const full = [...base, branch, company, elected, formed];

  it('joins the five kinds of member, each naming a body that exists', () => {
    given(structureDecider, full)
      .when(join('party-branch', { memberId: 'changcheng-branch' }))
      .then([joined('party-branch', 'changcheng-branch', '长城水郡党支部')]);
    given(structureDecider, full)
      .when(join('owners-committee'))
      .then([joined('owners-committee', 'changcheng', '业主委员会')]);
    given(structureDecider, full)
      .when(join('supervisory-committee'))
      .then([joined('supervisory-committee', 'changcheng', '监事会')]);
    given(structureDecider, full)
      .when(join('property-company', { memberId: 'hongye' }))
      .then([joined('property-company', 'hongye', '宏业物业')]);
    given(structureDecider, full)
      .when(join('two-new-organisation', { memberId: 'kuaidi', name: '快递行业党支部' }))
      .then([joined('two-new-organisation', 'kuaidi', '快递行业党支部')]);
  });

  it('refuses members that do not exist, unknown kinds and a second joining', () => {
    given(structureDecider, base)
      .when(join('party-branch', { memberId: 'dwei' }))
      .thenThrows('PARTY_BRANCH_NOT_FOUND');
    given(structureDecider, base).when(join('party-branch')).thenThrows('ALLIANCE_MEMBER_ID_REQUIRED');
    given(structureDecider, base)
      .when(join('owners-committee'))
      .thenThrows('OWNERS_COMMITTEE_NOT_IN_OFFICE', { state: 'none' });
    given(structureDecider, base).when(join('supervisory-committee')).thenThrows('SUPERVISORY_COMMITTEE_NOT_FORMED');
    given(structureDecider, base)
      .when(join('property-company', { memberId: 'hongye' }))
      .thenThrows('PROPERTY_COMPANY_NOT_FOUND');
    given(structureDecider, base)
      .when(join('two-new-organisation', { memberId: 'kuaidi' }))
      .thenThrows('INVALID_TEXT', { field: 'name' });
    given(structureDecider, base).when(join('residents')).thenThrows('INVALID_MEMBER_KIND');
    given(structureDecider, [...full, joined('owners-committee', 'changcheng', '业主委员会')])
      .when(join('owners-committee'))
      .thenThrows('ALLIANCE_MEMBER_EXISTS');
  });
});

describe('compound rename', () => {
  it('renames a registered compound; the same name changes nothing', () => {
    given(structureDecider, base)
      .when({ kind: 'RenameCompound', compoundId: 'changcheng', name: '长城水郡小区' })
      .then([{ type: 'CompoundRenamed', data: { compoundId: 'changcheng', name: '长城水郡小区' } }]);
    given(structureDecider, base).when({ kind: 'RenameCompound', compoundId: 'changcheng', name: '长城水郡' }).then([]);
    given(structureDecider, [
      ...base,
      { type: 'CompoundRenamed', data: { compoundId: 'changcheng', name: '长城水郡小区' } },
    ])
      .when({ kind: 'RenameCompound', compoundId: 'changcheng', name: '长城水郡' })
      .then([{ type: 'CompoundRenamed', data: { compoundId: 'changcheng', name: '长城水郡' } }]);
    given(structureDecider, base)
      .when({ kind: 'RenameCompound', compoundId: 'nowhere', name: '某小区' })
      .thenThrows('COMPOUND_NOT_FOUND');
  });

  it('keeps registering the units of the structure alongside the bodies', () => {
    const state = fold(structureDecider, [
      ...base,
      company,
      elected,
      { type: 'BuildingRegistered', data: { buildingId: 'b1', name: '1栋', compoundId: 'changcheng' } },
    ]);
    expect([...state.units.values()].map((u) => u.id)).toEqual(['changcheng', 'dwei', 'b1']);
    expect(state.bodies.companies).toEqual({ hongye: { name: '宏业物业' } });
  });
});
