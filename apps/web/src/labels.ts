import type { KpiValue, Ratio } from './api/views';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const PERIOD_LABELS: Record<PeriodKind, string> = {
  day: '日',
  week: '周',
  month: '月',
  quarter: '季',
  year: '年',
};

/** The KPIs the dashboards show, in the order district meetings read them (domain.md §5). */
export const KPI_COLUMNS: readonly { key: string; label: string; explain?: boolean }[] = [
  { key: 'requests.received', label: '受理量', explain: true },
  { key: 'requests.resolved', label: '办结量', explain: true },
  { key: 'requests.resolutionRate', label: '办结率', explain: true },
  { key: 'requests.responseRate', label: '响应率', explain: true },
  { key: 'requests.satisfactionRate', label: '满意率', explain: true },
  { key: 'requests.medianHoursToResolve', label: '办结时长中位数（小时）', explain: true },
  { key: 'requests.excluded', label: '核减' },
  { key: 'disputes.registered', label: '受理纠纷', explain: true },
  { key: 'disputes.mediated', label: '调解成功', explain: true },
  { key: 'disputes.mediationSuccessRate', label: '调解成功率', explain: true },
  { key: 'wishes.fulfilled', label: '微心愿实现' },
  { key: 'hazards.eliminated', label: '隐患消除' },
  { key: 'volunteer.hours', label: '志愿服务时长' },
  { key: 'commitments.fulfilled', label: '承诺践行' },
  { key: 'proposals.decided', label: '议事决议' },
  { key: 'disclosures.published', label: '公开事项' },
];

/** Stocks at the end of the period (domain.md §5 coverage.*): shares of compounds, from the KPI response's `stocks`. */
export const COVERAGE_LABELS: Record<string, string> = {
  'coverage.partyBranch': '党组织覆盖率',
  'coverage.ownersCommittee': '业委会覆盖率',
  'coverage.propertyService': '物业服务覆盖率',
};

/** The cards on top of each dashboard. */
export const KPI_CARDS = [
  'requests.received',
  'requests.resolutionRate',
  'requests.responseRate',
  'requests.satisfactionRate',
  'disputes.mediationSuccessRate',
  'volunteer.hours',
  ...Object.keys(COVERAGE_LABELS),
];

export const labelOf = (key: string): string =>
  KPI_COLUMNS.find((c) => c.key === key)?.label ?? COVERAGE_LABELS[key] ?? key;

/** 党员报到 by mode (the `partyMembers.reportedIn` stock). */
export const MEMBER_MODE_LABELS: Record<string, string> = {
  resident: '居民党员',
  'in-service': '在职党员',
  mobile: '流动党员',
};

// The record vocabularies of libs/domain (disputes.ts, hazards.ts, works.ts, members.ts): those modules
// import the kernel, which the web bundle does not carry, so their label lists are repeated here.
export const DISPUTE_KINDS: Record<string, string> = {
  neighbours: '邻里纠纷',
  'owner-property': '业主与物业纠纷',
  noise: '噪音扰民',
  parking: '停车纠纷',
  'square-dance': '广场舞扰民',
  other: '其他',
};
export const REFERRAL_TARGETS: Record<string, string> = {
  'people-mediation-committee': '人民调解委员会',
  court: '法院',
  department: '职能部门',
};
export const HAZARD_KINDS: Record<string, string> = {
  fire: '消防隐患',
  electrical: '用电隐患',
  structural: '房屋结构隐患',
  gas: '燃气隐患',
  traffic: '交通隐患',
  other: '其他',
};
export const WORKS_KINDS: Record<string, { label: string; unit: string }> = {
  'street-lamps': { label: '安装路灯', unit: '盏' },
  pipes: { label: '修复雨污管道', unit: '米' },
  road: { label: '道路硬化', unit: '平方米' },
  rubbish: { label: '清运垃圾', unit: '吨' },
  'parking-spaces': { label: '划定停车位', unit: '个' },
  elevators: { label: '加装或改造电梯', unit: '部' },
  'drain-covers': { label: '更换排水盖板', unit: '米' },
};

export const isRatio = (value: KpiValue | undefined): value is Ratio => typeof value === 'object' && value !== null;

/** A figure as shown: rates as percentages with one decimal, "—" when there is nothing to divide by. */
export function formatKpi(value: KpiValue | undefined): string {
  if (value === undefined || value === null) return '—';
  if (isRatio(value)) return value.value === null ? '—' : `${(value.value * 100).toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A sortable number for a figure (ratios by value; nothing to divide by sorts last). */
export const sortValue = (value: KpiValue | undefined): number =>
  isRatio(value) ? (value.value ?? -1) : (value ?? -1);

export const RANKING_CLASSES: Record<string, string> = { 先进: 'red', 进步: 'volcano', 整改: 'default', 治理: 'black' };

export const EVENT_LABELS: Record<string, string> = {
  RequestRaised: '群众点单',
  RequestDispatched: '社区派单',
  RequestAccepted: '党员接单',
  RequestResolved: '办结',
  RequestRated: '评价',
  RequestReopened: '重新办理',
  RequestEscalated: '吹哨报到',
  RequestEscalationReported: '部门报到反馈',
  RequestRejected: '不予受理',
  RequestWithdrawn: '撤回',
  RequestClosed: '关闭',
  RequestExcluded: '核减',
  RequestOverdue: '超时未办结',
  RequestResponseOverdue: '超时未响应',
  EventVoided: '作废',
  DisputeRegistered: '纠纷登记',
  MediationSessionHeld: '调解',
  DisputeMediationHeld: '调解',
  DisputeMediationFailed: '调解未成',
  WorksCompleted: '实事完成',
  DisputeMediated: '调解成功',
  DisputeFailed: '调解失败',
  DisputeReferred: '移交',
  WishPosted: '微心愿发布',
  WishClaimed: '微心愿认领',
  WishFulfilled: '微心愿实现',
  HazardReported: '隐患上报',
  HazardEliminated: '隐患消除',
  WorkCompleted: '实事完成',
  PartyMemberRegistered: '党员登记',
  PartyMemberReportedIn: '党员报到',
  CommitmentMade: '公开承诺',
  CommitmentFulfilled: '承诺践行',
  VolunteerServiceLogged: '志愿服务',
  ProposalRaised: '议题提出',
  MeetingHeld: '协商会议',
  ProposalDecided: '表决',
  ProposalImplemented: '实施',
  ProposalEvaluated: '评议',
  DisclosurePublished: '公开',
  HistoryRead: '审计查阅',
  CommunityOnboarded: '社区入驻',
  CommunityMovedToStreet: '区划调整',
  CheckpointSealed: '封存检查点',
  WelfareApplied: '救助申请',
  WelfareDecided: '救助决定',
  EventCorrected: '更正',
  VolunteerPostClaimed: '志愿服务岗位认领',
  VolunteerPostReleased: '志愿服务岗位退出',
  FamilyPairingStarted: '结对帮扶',
  FamilyPairingEnded: '结对帮扶结束',
  CareVisitRecorded: '慰问',
  ReemploymentRecorded: '再就业',
  StudySessionHeld: '学习教育',
  MonthlyStarAwarded: '月度评星',
  BranchSecretaryReviewed: '书记述评',
  BranchClassedWeak: '列为软弱涣散',
  BranchRectified: '整顿转化',
  ThreeZeroStatusGranted: '命名三零社区',
  ThreeZeroStatusRevoked: '撤销三零社区',
};
