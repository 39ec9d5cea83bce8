import { idFromKey } from '@tongxin/kernel';
import type { CommunityRecordName } from '@tongxin/application';
import { REQUEST_CATEGORIES, REQUEST_CHANNELS, type ActingUser } from '@tongxin/domain';
import { structureSteps } from './demo-structure.js';

/** One command of the demo history: which record, what, when it happened, who recorded it. */
export interface DemoStep {
  readonly record: CommunityRecordName;
  readonly recordId: string;
  readonly key: string;
  readonly occurredAt: string;
  readonly actor: ActingUser;
  readonly command: { readonly kind: string } & Record<string, unknown>;
}

/** Totals from the source articles (domain.md §6); other volumes are plausible fill. */
export interface CommunityFigures {
  readonly communityId: string;
  readonly onboardedOn: string;
  readonly requestsResolved: number;
  readonly requestsOpen: number;
  readonly disputesMediated: number;
  readonly disputesFailed: number;
  readonly hazardsEliminated: number;
  readonly wishesClaimed: number;
  readonly wishesFulfilled: number;
  readonly works: readonly {
    readonly kind: string;
    readonly quantity: number;
    readonly description: string;
    readonly amountSpentYuan?: number;
  }[];
  /** Welfare applications handled, and how many were granted 低保 and low-rent housing. */
  readonly welfare?: { readonly handled: number; readonly dibaoGranted: number; readonly housingGranted: number };
  /** Party members' volunteer posts claimed (志愿服务岗位认领) and families paired (结对帮扶). */
  readonly volunteerPostsClaimed?: number;
  readonly familiesPaired?: number;
  /** Mobile party members reporting in to a compound branch after it was founded (Shanghai date). */
  readonly mobileMembersReportedIn?: { readonly compoundId: string; readonly count: number; readonly from: string };
  /** Volunteer events (志愿服务活动) logged as services of the community's members. */
  readonly volunteerEvents?: number;
  /** Care visits (慰问) and people helped back into work (再就业). */
  readonly careVisits?: number;
  readonly reemployed?: number;
  /** Study sessions, party lessons and theme party days (学习教育). */
  readonly studySessions?: number;
  /** A branch classed 软弱涣散 and rectified, then 三零社区 granted (Shanghai dates). */
  readonly turnaround?: {
    readonly organisationId: string;
    readonly classedOn: string;
    readonly rectifiedOn: string;
    readonly threeZeroOn: string;
  };
}

export const DEMO_FIGURES: readonly CommunityFigures[] = [
  // 凤凰社区: 200+ difficulties solved, 26 disputes mediated, 11 hazards removed, 73 micro-wishes claimed.
  // 佳和颐景小区: 16 volunteer posts claimed, 27 families paired; 30+ laid-off workers re-employed.
  {
    communityId: 'c-fenghuang',
    onboardedOn: '2018-07-01',
    requestsResolved: 208,
    requestsOpen: 9,
    disputesMediated: 26,
    disputesFailed: 2,
    hazardsEliminated: 11,
    wishesClaimed: 73,
    wishesFulfilled: 70,
    works: [],
    volunteerPostsClaimed: 16,
    familiesPaired: 27,
    reemployed: 32,
    studySessions: 12,
    mobileMembersReportedIn: { compoundId: 'jiahe-yijing', count: 22, from: '2018-08-01' },
  },
  // 芙蓉南路社区: 22 elevators renovated with 5 million+ yuan raised.
  // Classed weak and lax in 2019, a "three-zero community" within two years.
  {
    communityId: 'c-furongnanlu',
    onboardedOn: '2019-01-01',
    requestsResolved: 140,
    requestsOpen: 6,
    disputesMediated: 12,
    disputesFailed: 1,
    hazardsEliminated: 6,
    wishesClaimed: 20,
    wishesFulfilled: 18,
    works: [{ kind: 'elevators', quantity: 22, description: '老旧小区加装电梯', amountSpentYuan: 5_000_000 }],
    turnaround: {
      organisationId: 'furongnanlu-dwei',
      classedOn: '2019-03-15',
      rectifiedOn: '2020-06-30',
      threeZeroOn: '2020-12-28',
    },
  },
  // 新园社区 (长城水郡): the 5+ alliance solved low water pressure after 13 months.
  {
    communityId: 'c-xinyuan',
    onboardedOn: '2017-12-01',
    requestsResolved: 96,
    requestsOpen: 4,
    disputesMediated: 8,
    disputesFailed: 1,
    hazardsEliminated: 4,
    wishesClaimed: 15,
    wishesFulfilled: 15,
    works: [],
  },
  // 黄泥坝社区 (翡翠谷小区): 150+ parking spaces, 100 m of broken drain covers fixed.
  {
    communityId: 'c-huangniba',
    onboardedOn: '2021-03-01',
    requestsResolved: 64,
    requestsOpen: 3,
    disputesMediated: 5,
    disputesFailed: 0,
    hazardsEliminated: 3,
    wishesClaimed: 10,
    wishesFulfilled: 9,
    works: [
      { kind: 'parking-spaces', quantity: 150, description: '翡翠谷小区新增停车位' },
      { kind: 'drain-covers', quantity: 100, description: '更换破损排水盖板' },
    ],
  },
  // 南门社区: 120+ hot issues settled, 36 micro-wishes, 10 disputes mediated; 50 lamps, 1,162 m pipes, 15,000 m² road, 1,512 t rubbish.
  {
    communityId: 'c-nanmen',
    onboardedOn: '2020-01-01',
    requestsResolved: 124,
    requestsOpen: 5,
    disputesMediated: 10,
    disputesFailed: 1,
    hazardsEliminated: 7,
    wishesClaimed: 36,
    wishesFulfilled: 36,
    // 9 volunteer events; care visits to households in difficulty.
    volunteerEvents: 9,
    careVisits: 14,
    studySessions: 8,
    // 48 welfare items handled, 15 households granted 低保, 8 low-rent housing.
    welfare: { handled: 48, dibaoGranted: 15, housingGranted: 8 },
    works: [
      { kind: 'street-lamps', quantity: 50, description: '安装路灯' },
      { kind: 'pipes', quantity: 1162, description: '修复雨污管道' },
      { kind: 'road', quantity: 15000, description: '道路硬化' },
      { kind: 'rubbish', quantity: 1512, description: '清运垃圾' },
    ],
  },
];

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3600_000;
const staff = (c: string): ActingUser => ({ userId: `demo-staff-${c}`, role: 'community-staff' });
const member = (c: string, n: number): ActingUser => ({ userId: `demo-member-${c}-${n % 12}`, role: 'party-member' });
const CATEGORIES = Object.keys(REQUEST_CATEGORIES);
const DESCRIPTIONS: Record<string, string> = {
  drainage: '下水道堵塞，污水外溢',
  'street-lights': '楼下路灯不亮',
  elevator: '电梯故障停运',
  parking: '消防通道被私家车占用',
  sanitation: '垃圾清运不及时',
  security: '单元门禁损坏，陌生人进出',
  'water-supply': '高峰期水压低，高层用水困难',
  'fire-water': '消防栓无水',
  'roof-walls': '顶楼漏水、墙体开裂',
  heating: '暖气不热',
  'noise-fumes': '底商油烟和噪音扰民',
  'access-control': '门禁卡无法使用',
  'ebike-charging': '电动车飞线充电',
  other: '其他生活困难',
};

/**
 * The demo history of one community over the three years before `now` (never before its
 * onboarding): requests through the whole 三单制 workflow, disputes, wishes, hazards, works.
 */
export function demoPlan(figures: CommunityFigures, now: Date, seed = 20181001): DemoStep[] {
  const c = figures.communityId;
  const rnd = random(seed ^ [...c].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7));
  const start = Math.max(Date.parse(`${figures.onboardedOn}T08:00:00+08:00`), now.getTime() - 3 * 365 * 24 * HOUR);
  const end = now.getTime() - 24 * HOUR;
  const when = () => start + Math.floor(rnd() * (end - start));
  const iso = (t: number) => new Date(Math.min(t, now.getTime())).toISOString();
  const steps: DemoStep[] = [];
  const add = (
    record: CommunityRecordName,
    recordId: string,
    step: string,
    at: number,
    actor: ActingUser,
    command: DemoStep['command'],
  ) => steps.push({ record, recordId, key: `${c}:${recordId}:${step}`, occurredAt: iso(at), actor, command });
  const id = (kind: string, n: number) => idFromKey('seed-demo', c, kind, String(n));

  const totalRequests = figures.requestsResolved + figures.requestsOpen;
  for (let n = 0; n < totalRequests; n += 1) {
    const rid = id('request', n);
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
    const raisedAt = n === 0 && c === 'c-xinyuan' ? end - 13 * 30 * 24 * HOUR : when();
    const assignee = member(c, n);
    add('request', rid, 'raise', raisedAt, staff(c), {
      kind: 'RaiseRequest',
      requestId: rid,
      channel: REQUEST_CHANNELS[Math.floor(rnd() * REQUEST_CHANNELS.length)],
      category,
      description: n === 0 && c === 'c-xinyuan' ? '长城水郡高层水压低，用水困难' : DESCRIPTIONS[category],
      by: staff(c),
    });
    const dispatchedAt = raisedAt + (0.5 + rnd() * 6) * HOUR;
    const respondHours = 4;
    add('request', rid, 'dispatch', dispatchedAt, staff(c), {
      kind: 'DispatchRequest',
      assignee: { kind: 'party-member', id: assignee.userId, name: `党员${(n % 12) + 1}号` },
      // Deadlines may lie in the future: they are not clamped like the times things happened.
      respondBy: new Date(Math.min(dispatchedAt, now.getTime()) + respondHours * HOUR).toISOString(),
      resolveBy: new Date(Math.min(dispatchedAt, now.getTime()) + 72 * HOUR).toISOString(),
    });
    if (n >= figures.requestsResolved && rnd() < 0.5) continue; // still waiting to be taken
    // Most orders are taken within the response time; some late.
    const acceptedAt = dispatchedAt + (rnd() < 0.85 ? rnd() * respondHours : respondHours + rnd() * 20) * HOUR;
    add('request', rid, 'accept', acceptedAt, assignee, { kind: 'AcceptRequest', by: assignee });
    if (n >= figures.requestsResolved) continue; // open
    const resolvedAt = n === 0 && c === 'c-xinyuan' ? end - 2 * 24 * HOUR : acceptedAt + (2 + rnd() * 90) * HOUR;
    add('request', rid, 'resolve', resolvedAt, assignee, {
      kind: 'ResolveRequest',
      note: '已协调处理完毕',
      by: assignee,
    });
    const roll = rnd();
    const rating = roll < 0.78 ? 'satisfied' : roll < 0.94 ? 'basically-satisfied' : 'unsatisfied';
    add('request', rid, 'rate', resolvedAt + 20 * HOUR, staff(c), {
      kind: 'RateRequest',
      rating,
      comment: null,
      by: staff(c),
    });
    if (rating !== 'unsatisfied')
      add('request', rid, 'close', resolvedAt + 30 * HOUR, staff(c), { kind: 'CloseRequest' });
  }

  for (let n = 0; n < figures.disputesMediated + figures.disputesFailed; n += 1) {
    const did = id('dispute', n);
    const at = when();
    add('dispute', did, 'register', at, staff(c), {
      kind: 'RegisterDispute',
      disputeId: did,
      disputeKind: ['neighbours', 'noise', 'parking', 'owner-property', 'square-dance'][n % 5],
      summary: '邻里矛盾，需调解',
      parties: ['居民甲', '居民乙'],
    });
    add('dispute', did, 'session', at + 48 * HOUR, staff(c), {
      kind: 'HoldMediation',
      venue: n % 2 ? '近邻评理室' : '谈心说事室',
      mediator: '社区书记',
      notes: null,
    });
    if (n < figures.disputesMediated)
      add('dispute', did, 'mediated', at + 50 * HOUR, staff(c), { kind: 'RecordMediated', agreement: '双方达成和解' });
    else
      add('dispute', did, 'failed', at + 50 * HOUR, staff(c), {
        kind: 'RecordMediationFailed',
        reason: '双方分歧较大',
      });
  }

  for (let n = 0; n < figures.hazardsEliminated; n += 1) {
    const hid = id('hazard', n);
    const at = when();
    add('hazard', hid, 'report', at, staff(c), {
      kind: 'ReportHazard',
      hazardId: hid,
      hazardKind: ['electrical', 'fire', 'structural', 'gas'][n % 4],
      location: `${(n % 9) + 1}栋`,
      description: '巡查发现安全隐患',
    });
    add('hazard', hid, 'eliminate', at + (24 + rnd() * 200) * HOUR, staff(c), {
      kind: 'EliminateHazard',
      measures: '已整改消除',
    });
  }

  for (let n = 0; n < figures.wishesClaimed; n += 1) {
    const wid = id('wish', n);
    const at = when();
    const claimer = member(c, n + 3);
    add('wish', wid, 'post', at, staff(c), {
      kind: 'PostWish',
      wishId: wid,
      description: '困难群众的微心愿',
      beneficiary: null,
    });
    add('wish', wid, 'claim', at + (1 + rnd() * 100) * HOUR, claimer, {
      kind: 'ClaimWish',
      claimerName: `党员${((n + 3) % 12) + 1}号`,
      by: claimer,
    });
    if (n < figures.wishesFulfilled)
      add('wish', wid, 'fulfil', at + (120 + rnd() * 200) * HOUR, claimer, {
        kind: 'FulfilWish',
        note: '心愿已实现',
        by: claimer,
      });
  }

  figures.works.forEach((works, n) => {
    const kid = id('works', n);
    add('works', kid, 'record', when(), staff(c), {
      kind: 'RecordWorks',
      worksId: kid,
      worksKind: works.kind,
      quantity: works.quantity,
      description: works.description,
      amountSpentYuan: works.amountSpentYuan ?? null,
    });
  });

  if (figures.welfare) {
    const { handled, dibaoGranted, housingGranted } = figures.welfare;
    for (let n = 0; n < handled; n += 1) {
      const aid = id('welfare', n);
      const at = when();
      const kind =
        n < dibaoGranted
          ? 'dibao'
          : n < dibaoGranted + housingGranted
            ? 'low-rent-housing'
            : ['medical-aid', 'temporary-aid'][n % 2];
      const granted = n < dibaoGranted + housingGranted || n % 3 === 0;
      add('welfare', aid, 'apply', at, staff(c), {
        kind: 'ApplyForWelfare',
        applicationId: aid,
        welfareKind: kind,
        applicant: `困难群众${n + 1}`,
        circumstances: '家庭困难，申请救助',
      });
      add(
        'welfare',
        aid,
        'decide',
        at + (72 + rnd() * 200) * HOUR,
        { userId: `demo-admin-${c}`, role: 'community-admin' },
        {
          kind: 'DecideWelfare',
          outcome: granted ? 'granted' : 'refused',
          note: granted ? '经审核符合条件' : '经审核不符合条件',
        },
      );
    }
  }

  // Party members: the twelve who take orders and claim wishes, registered at the start and reported in (报到) a day later.
  const members = Array.from({ length: 12 }, (_, n) => member(c, n));
  const MODES = ['resident', 'in-service', 'mobile'] as const;
  members.forEach((m, n) => {
    add('member', m.userId, 'register', start, staff(c), {
      kind: 'RegisterPartyMember',
      memberId: m.userId,
      name: `党员${n + 1}号`,
      mode: MODES[n % 3],
    });
    add('member', m.userId, 'report-in', start + 24 * HOUR, m, {
      kind: 'ReportIn',
      mode: MODES[n % 3],
      compoundId: null,
    });
  });
  // Mobile members (流动党员, 跟进管) reporting in to a compound branch, e.g. 佳和颐景小区's 20+.
  if (figures.mobileMembersReportedIn) {
    const { compoundId, count, from } = figures.mobileMembersReportedIn;
    for (let n = 0; n < count; n += 1) {
      const memberId = `demo-mobile-${c}-${n}`;
      const at = Math.max(start, Date.parse(`${from}T09:00:00+08:00`)) + n * 9 * 24 * HOUR;
      add('member', memberId, 'register', at, staff(c), {
        kind: 'RegisterPartyMember',
        memberId,
        name: `流动党员${n + 1}号`,
        mode: 'mobile',
      });
      add(
        'member',
        memberId,
        'report-in',
        at + 2 * HOUR,
        { userId: memberId, role: 'party-member' },
        { kind: 'ReportIn', mode: 'mobile', compoundId },
      );
    }
  }
  const POSTS = [
    '环境卫生监督岗',
    '楼道安全巡查岗',
    '文明劝导岗',
    '门岗值守岗',
    '邻里调解岗',
    '政策宣传岗',
    '关爱帮扶岗',
    '停车秩序岗',
  ];
  for (let n = 0; n < (figures.volunteerPostsClaimed ?? 0); n += 1) {
    const m = members[n % 12];
    add('member', m.userId, `post-${n}`, when() + HOUR, m, {
      kind: 'ClaimVolunteerPost',
      postId: `post-${n}`,
      postName: `${(n % 9) + 1}栋${POSTS[n % POSTS.length]}`,
      compoundId: 'jiahe-yijing',
    });
  }
  for (let n = 0; n < (figures.familiesPaired ?? 0); n += 1) {
    const m = members[n % 12];
    add('member', m.userId, `pairing-${n}`, when() + HOUR, m, {
      kind: 'StartFamilyPairing',
      pairingId: id('pairing', n),
      family: `困难家庭${n + 1}户`,
      circumstances: '家庭成员患病或失业，生活困难',
      compoundId: 'jiahe-yijing',
    });
  }
  for (let n = 0; n < (figures.volunteerEvents ?? 0); n += 1) {
    const m = members[n % 12];
    add('member', m.userId, `volunteer-${n}`, when() + HOUR, m, {
      kind: 'LogVolunteerService',
      hours: 2 + (n % 3),
      description: ['义务清扫街巷', '关爱空巢老人', '文明交通劝导'][n % 3],
    });
  }
  for (let n = 0; n < (figures.careVisits ?? 0); n += 1) {
    const vid = id('care-visit', n);
    add('careVisit', vid, 'visit', when(), staff(c), {
      kind: 'RecordCareVisit',
      visitId: vid,
      occasion: (['festival', 'elderly-alone', 'hardship', 'illness'] as const)[n % 4],
      visited: `困难群众${n + 1}`,
      circumstances: null,
      visitors: '社区书记、网格员',
      gifts: n % 2 ? '大米、食用油' : '慰问金',
      giftValueYuan: n % 2 ? 200 : 500,
    });
  }
  for (let n = 0; n < (figures.reemployed ?? 0); n += 1) {
    const pid = id('reemployment', n);
    const at = when();
    add('reemployment', pid, 'placed', at, staff(c), {
      kind: 'RecordReemployment',
      placementId: pid,
      person: `下岗职工${n + 1}`,
      employer: ['本地物业公司', '社区超市', '家政服务公司', '物流公司'][n % 4],
      position: null,
      startedOn: new Date(Math.min(at, now.getTime()) + 8 * HOUR).toISOString().slice(0, 10),
    });
  }
  for (let n = 0; n < (figures.studySessions ?? 0); n += 1) {
    const sid = id('study-session', n);
    add('studySession', sid, 'held', when(), staff(c), {
      kind: 'HoldStudySession',
      sessionId: sid,
      sessionKind: (['party-lesson', 'theme-day', 'study'] as const)[n % 3],
      topic: ['学习党的二十大精神', '主题党日：为群众办实事', '学习红色物业工作经验'][n % 3],
      organisationId: null,
      speaker: null,
      attendees: 20 + Math.floor(rnd() * 40),
    });
  }
  if (figures.turnaround) {
    const { organisationId, classedOn, rectifiedOn, threeZeroOn } = figures.turnaround;
    const day = (date: string) => Date.parse(`${date}T10:00:00+08:00`);
    const office: ActingUser = { userId: `demo-office-${c}`, role: 'street-office' };
    add('branch', organisationId, 'weak', day(classedOn), office, {
      kind: 'ClassBranchWeak',
      organisationId,
      reason: '班子软弱、组织生活不经常，群众意见较大',
    });
    add('branch', organisationId, 'rectified', day(rectifiedOn), office, {
      kind: 'RectifyBranch',
      organisationId,
      measures: '调整班子，推行四民工作法，群众满意度明显提升',
    });
    add('threeZero', 'community', 'grant', day(threeZeroOn), office, {
      kind: 'GrantThreeZeroStatus',
      grantedBy: '天心区委政法委',
      note: '零发案、零上访、零事故',
    });
  }
  // The community's compounds, party organisations and compound bodies, on the dates of the articles.
  steps.push(...structureSteps(c));

  // Record in the order things happened, as a community would have.
  return steps.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
