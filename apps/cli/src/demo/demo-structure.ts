import type { ActingUser, CompoundBodyCommand, StructureUnit } from '@tongxin/domain';

/** A step of the demo history (the shape of demo-plan.ts's DemoStep, declared here to keep the two files acyclic). */
interface DemoStep {
  readonly record: 'structure';
  readonly recordId: string;
  readonly key: string;
  readonly occurredAt: string;
  readonly actor: ActingUser;
  readonly command: { readonly kind: string } & Record<string, unknown>;
}

/**
 * The demo communities' structure and compound bodies (domain.md §6), recorded on the dates the
 * articles give (others plausible): 凤凰社区's 7 compounds all with a branch (佳和颐景小区's founded
 * 2018-07-30), 芙蓉南路社区's 4 former-enterprise estates and 5 commercial compounds with 13 party
 * branches, 长城水郡's owners' committee (2017-12) whose chair became secretary of the branch
 * founded 2018-05 (一肩挑) and its 5+ alliance, 翡翠谷小区's committee of 11 with 4 party members and
 * branch of 2021-03, 南门社区's 52 building party groups.
 */
interface CompoundPlan {
  readonly id: string;
  readonly name: string;
  /** Buildings; with `groups`, each gets a 楼栋党小组 under the compound's branch. */
  readonly buildings?: number;
  readonly groups?: boolean;
  /** The compound's 小区党支部 and the date it was founded. */
  readonly branchOn?: string;
}

interface StructurePlan {
  readonly communityId: string;
  readonly registeredOn: string;
  readonly committee: { readonly id: string; readonly name: string };
  readonly compounds: readonly CompoundPlan[];
  readonly grids: readonly { readonly id: string; readonly name: string; readonly compoundId?: string }[];
  /** Functional and property-company branches, by date. */
  readonly otherBranches?: readonly {
    readonly id: string;
    readonly name: string;
    readonly level: 'functional-branch' | 'property-branch';
    readonly on: string;
  }[];
  /** Compound-body commands on their dates, in order. */
  readonly bodies: readonly { readonly on: string; readonly command: CompoundBodyCommand }[];
}

const company = (on: string, companyId: string, name: string) => ({
  on,
  command: { kind: 'RegisterPropertyCompany', companyId, name } as const,
});
const service = (
  on: string,
  compoundId: string,
  serviceKind: 'professional' | 'red-property' | 'self-managed',
  companyId: string | null = null,
  partyOrganisationId: string | null = null,
) => ({
  on,
  command: {
    kind: 'StartPropertyService',
    compoundId,
    serviceKind,
    companyId,
    partyOrganisationId,
    startedOn: on,
  } as const,
});
const committee = (
  on: string,
  compoundId: string,
  members: number,
  partyMembers: number,
  chairName: string,
  oneShoulder = false,
) => ({
  on,
  command: {
    kind: 'ElectOwnersCommittee',
    compoundId,
    electedOn: on,
    members,
    partyMembers,
    chairName,
    oneShoulder,
    termYears: 5,
  } as const,
});
const join = (
  on: string,
  compoundId: string,
  memberKind:
    'party-branch' | 'owners-committee' | 'supervisory-committee' | 'property-company' | 'two-new-organisation',
  memberId: string | null = null,
  name: string | null = null,
) => ({
  on,
  command: { kind: 'JoinRedAlliance', compoundId, memberKind, memberId, name, joinedOn: on } as const,
});

export const DEMO_STRUCTURES: readonly StructurePlan[] = [
  {
    communityId: 'c-fenghuang',
    registeredOn: '2018-07-01',
    committee: { id: 'fh-dwei', name: '凤凰社区大党委' },
    compounds: [
      { id: 'jiahe-yijing', name: '佳和颐景小区', buildings: 6, branchOn: '2018-07-30' },
      { id: 'jinyu', name: '瑾瑜小区', buildings: 3, branchOn: '2018-07-01' },
      { id: 'minxing', name: '民兴小区', buildings: 5, branchOn: '2018-07-01' },
      { id: 'fenghuang-jiayuan', name: '凤凰家园', buildings: 8, branchOn: '2018-07-01' },
      { id: 'yongan-huayuan', name: '永安花园', buildings: 4, branchOn: '2018-09-01' },
      { id: 'wenquan-xincun', name: '温泉新村', buildings: 6, branchOn: '2018-10-15' },
      { id: 'guihua-li', name: '桂花里小区', buildings: 2, branchOn: '2019-03-01' },
    ],
    grids: [
      { id: 'fh-g1', name: '第一网格', compoundId: 'jiahe-yijing' },
      { id: 'fh-g2', name: '第二网格', compoundId: 'minxing' },
      { id: 'fh-g3', name: '第三网格' },
    ],
    bodies: [
      company('2018-07-01', 'yongan-wuye', '永安物业服务有限公司'),
      company('2018-07-01', 'jiahe-wuye', '佳和物业'),
      service('2018-07-01', 'minxing', 'professional', 'yongan-wuye'),
      service('2018-07-01', 'fenghuang-jiayuan', 'professional', 'yongan-wuye'),
      service('2018-08-15', 'jiahe-yijing', 'red-property', 'jiahe-wuye', 'jiahe-yijing-branch'),
      committee('2019-03-01', 'jinyu', 5, 2, '陈国平'),
      service('2019-03-01', 'jinyu', 'self-managed'),
      committee('2019-06-20', 'minxing', 7, 3, '刘建华'),
    ],
  },
  {
    communityId: 'c-furongnanlu',
    registeredOn: '2019-01-01',
    committee: { id: 'frnl-dwei', name: '芙蓉南路社区党委' },
    compounds: [
      // 4 former-enterprise estates (单位老旧小区) and 5 commercial compounds.
      { id: 'shengjian-sushe', name: '省建三公司宿舍', buildings: 6, branchOn: '2019-01-01' },
      { id: 'jichuang-sushe', name: '机床厂宿舍', buildings: 5, branchOn: '2019-01-01' },
      { id: 'yancao-sushe', name: '卷烟厂宿舍', buildings: 4, branchOn: '2019-01-01' },
      { id: 'liangku-sushe', name: '粮库宿舍', buildings: 3, branchOn: '2019-01-01' },
      { id: 'furong-yihao', name: '芙蓉一号', buildings: 8, branchOn: '2019-01-01' },
      { id: 'dongfang-huayuan', name: '东方花园', buildings: 7, branchOn: '2019-01-01' },
      { id: 'xiangjiang-shijia', name: '湘江世家', buildings: 6, branchOn: '2019-01-01' },
      { id: 'chiling-jiayuan', name: '赤岭佳苑', buildings: 5, branchOn: '2019-01-01' },
      { id: 'nanhu-mingju', name: '南湖名居', buildings: 4, branchOn: '2019-01-01' },
    ],
    grids: [
      { id: 'frnl-g1', name: '老旧小区网格' },
      { id: 'frnl-g2', name: '商品房小区网格' },
      { id: 'frnl-louyu', name: '楼宇网格（3栋写字楼）' },
    ],
    // 9 compound branches + 4 = 13 party branches.
    otherBranches: [
      { id: 'frnl-retired', name: '离退休党员功能型党支部', level: 'functional-branch', on: '2019-01-01' },
      { id: 'frnl-louyu-branch', name: '楼宇功能型党支部', level: 'functional-branch', on: '2019-01-01' },
      { id: 'xiangyuan-wuye-branch', name: '湘苑物业公司党支部', level: 'property-branch', on: '2019-06-01' },
      { id: 'lvcheng-wuye-branch', name: '绿城物业公司党支部', level: 'property-branch', on: '2020-03-01' },
    ],
    bodies: [
      company('2019-01-01', 'lvcheng-wuye', '绿城物业服务集团'),
      company('2019-01-01', 'xiangyuan-wuye', '湘苑物业'),
      ...['furong-yihao', 'dongfang-huayuan', 'xiangjiang-shijia', 'chiling-jiayuan', 'nanhu-mingju'].map((id) =>
        service('2019-01-01', id, 'professional', 'lvcheng-wuye'),
      ),
      committee('2019-05-10', 'furong-yihao', 9, 4, '周建军'),
      committee('2019-05-10', 'dongfang-huayuan', 7, 3, '李红'),
      committee('2019-09-01', 'xiangjiang-shijia', 7, 2, '王志强'),
      service('2019-06-01', 'shengjian-sushe', 'red-property', 'xiangyuan-wuye', 'xiangyuan-wuye-branch'),
      service('2019-06-01', 'jichuang-sushe', 'red-property', 'xiangyuan-wuye', 'xiangyuan-wuye-branch'),
      service('2020-06-01', 'yancao-sushe', 'self-managed'),
      service('2020-06-01', 'liangku-sushe', 'self-managed'),
    ],
  },
  {
    communityId: 'c-xinyuan',
    registeredOn: '2017-12-01',
    committee: { id: 'xy-dwei', name: '新园社区党委' },
    compounds: [
      { id: 'changcheng-shuijun', name: '长城水郡', buildings: 12, branchOn: '2018-05-18' },
      { id: 'xinyuan-xiaoqu', name: '新园小区', buildings: 6, branchOn: '2017-12-01' },
      { id: 'guihuaping-xincun', name: '桂花坪新村', buildings: 4 },
    ],
    grids: [
      { id: 'xy-g1', name: '长城水郡网格', compoundId: 'changcheng-shuijun' },
      { id: 'xy-g2', name: '新园网格' },
    ],
    bodies: [
      company('2017-12-01', 'changcheng-wuye', '长城物业'),
      service('2017-12-01', 'changcheng-shuijun', 'professional', 'changcheng-wuye'),
      // Owners' committee elected 2017-12; the branch founded 2018-05 with its chair as secretary (一肩挑).
      committee('2017-12-16', 'changcheng-shuijun', 9, 3, '张志明'),
      {
        on: '2018-05-18',
        command: {
          kind: 'RecordOneShoulder',
          compoundId: 'changcheng-shuijun',
          oneShoulder: true,
          since: '2018-05-18',
        },
      },
      {
        on: '2018-06-01',
        command: {
          kind: 'FormSupervisoryCommittee',
          compoundId: 'changcheng-shuijun',
          formedOn: '2018-06-01',
          members: 5,
          partyMembers: 3,
        },
      },
      // The 5+ red alliance: party branch, owners' committee, supervisory committee, property company, 两新 organisation.
      join('2018-06-10', 'changcheng-shuijun', 'party-branch', 'changcheng-shuijun-branch'),
      join('2018-06-10', 'changcheng-shuijun', 'owners-committee'),
      join('2018-06-10', 'changcheng-shuijun', 'supervisory-committee'),
      join('2018-06-10', 'changcheng-shuijun', 'property-company', 'changcheng-wuye'),
      join('2018-06-10', 'changcheng-shuijun', 'two-new-organisation', 'guihuaping-shanghu', '桂花坪商户联合党支部'),
    ],
  },
  {
    communityId: 'c-huangniba',
    registeredOn: '2021-03-01',
    committee: { id: 'hnb-dwei', name: '黄泥坝社区党委' },
    compounds: [
      { id: 'feicuigu', name: '翡翠谷小区', buildings: 9, branchOn: '2021-03-26' },
      { id: 'huangniba-xincun', name: '黄泥坝新村', buildings: 5, branchOn: '2021-03-01' },
      { id: 'jinziba-jiayuan', name: '金子坝家园', buildings: 4 },
    ],
    grids: [{ id: 'hnb-g1', name: '翡翠谷网格', compoundId: 'feicuigu' }],
    bodies: [
      company('2021-03-01', 'feicuigu-wuye', '翡翠谷物业'),
      service('2021-03-01', 'feicuigu', 'professional', 'feicuigu-wuye'),
      // Owners' committee of 11 with 4 party members.
      committee('2021-03-08', 'feicuigu', 11, 4, '向明华'),
    ],
  },
  {
    communityId: 'c-nanmen',
    registeredOn: '2020-01-01',
    committee: { id: 'nm-dwei', name: '南门社区党委' },
    // 52 building party groups (4 × 13 buildings), each with its head.
    compounds: [
      { id: 'nanmen-xincun', name: '南门新村', buildings: 13, groups: true, branchOn: '2020-01-01' },
      { id: 'chengnan-huayuan', name: '城南花园', buildings: 13, groups: true, branchOn: '2020-01-01' },
      { id: 'pingchuan-xiaoqu', name: '平川小区', buildings: 13, groups: true, branchOn: '2020-01-01' },
      { id: 'nanmen-laojie', name: '南门老街', buildings: 13, groups: true, branchOn: '2020-01-01' },
    ],
    grids: [
      { id: 'nm-g1', name: '南门一网格' },
      { id: 'nm-g2', name: '南门二网格' },
    ],
    bodies: [
      company('2020-01-01', 'pingchuan-wuye', '平川物业'),
      service('2020-01-01', 'chengnan-huayuan', 'professional', 'pingchuan-wuye'),
      service('2020-03-01', 'nanmen-xincun', 'red-property', 'pingchuan-wuye', 'nanmen-xincun-branch'),
      service('2020-05-01', 'nanmen-laojie', 'self-managed'),
      committee('2020-06-18', 'chengnan-huayuan', 7, 3, '钟海燕'),
    ],
  },
];

const admin = (c: string): ActingUser => ({ userId: `demo-admin-${c}`, role: 'community-admin' });
/** 09:00 Shanghai on the date, a second further per step that day (so a day's steps keep their order). */
const at = (date: string, n: number) => new Date(Date.parse(`${date}T09:00:00+08:00`) + n * 1000).toISOString();

/** The steps that record one community's structure and bodies, through the same structure commands the api runs. */
export function structureSteps(communityId: string): DemoStep[] {
  const plan = DEMO_STRUCTURES.find((p) => p.communityId === communityId);
  if (!plan) return [];
  const byDate = new Map<string, StructureUnit[]>();
  const add = (date: string, unit: StructureUnit) => byDate.set(date, [...(byDate.get(date) ?? []), unit]);
  const u = (
    kind: StructureUnit['kind'],
    id: string,
    name: string,
    parentId: string | null = null,
    attribute: string | null = null,
    compoundId: string | null = null,
  ): StructureUnit => ({ kind, id, name, parentId, attribute, compoundId });
  add(plan.registeredOn, u('party-organisation', plan.committee.id, plan.committee.name, null, 'community-committee'));
  for (const c of plan.compounds) {
    add(plan.registeredOn, u('compound', c.id, c.name));
    for (let b = 1; b <= (c.buildings ?? 0); b += 1)
      add(plan.registeredOn, u('building', `${c.id}-${b}`, `${b}栋`, c.id));
  }
  for (const g of plan.grids) add(plan.registeredOn, u('grid', g.id, g.name, g.compoundId ?? null));
  for (const c of plan.compounds) {
    if (!c.branchOn) continue;
    const branchId = `${c.id}-branch`;
    add(c.branchOn, u('party-organisation', branchId, `${c.name}党支部`, plan.committee.id, 'compound-branch', c.id));
    if (c.groups)
      for (let b = 1; b <= (c.buildings ?? 0); b += 1)
        add(
          c.branchOn,
          u('party-organisation', `${c.id}-${b}-group`, `${c.name}${b}栋党小组`, branchId, 'building-group'),
        );
  }
  for (const o of plan.otherBranches ?? [])
    add(o.on, u('party-organisation', o.id, o.name, plan.committee.id, o.level));

  const steps: { date: string; order: number; step: Omit<DemoStep, 'occurredAt'> }[] = [];
  const who = admin(communityId);
  [...byDate].forEach(([date, units], n) =>
    steps.push({
      date,
      order: 0,
      step: {
        record: 'structure',
        recordId: 'structure',
        key: `${communityId}:structure:units:${n}`,
        actor: who,
        command: { kind: 'RegisterStructure', units },
      },
    }),
  );
  plan.bodies.forEach(({ on, command }, n) =>
    steps.push({
      date: on,
      order: 1 + n,
      step: {
        record: 'structure',
        recordId: 'structure',
        key: `${communityId}:structure:body:${n}`,
        actor: who,
        command: { ...command },
      },
    }),
  );
  // Units of a date first (a branch before the service it leads), then the bodies in the order given.
  steps.sort((x, y) => x.date.localeCompare(y.date) || x.order - y.order);
  const perDay = new Map<string, number>();
  return steps.map(({ date, step }) => {
    const n = perDay.get(date) ?? 0;
    perDay.set(date, n + 1);
    return { ...step, occurredAt: at(date, n) };
  });
}
