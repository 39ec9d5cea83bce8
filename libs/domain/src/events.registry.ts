/**
 * Every event type the domain emits, with its current schema version. Replay consults this
 * map (and, when a schema changes, the upcasters registered here); an unknown type is refused.
 */
export interface EventTypeDefinition {
  readonly context: string;
  readonly schemaVersion: number;
  readonly label: string;
}

export const EVENT_TYPES = {
  DistrictRegistered: { context: 'registry', schemaVersion: 1, label: '区登记' },
  StreetRegistered: { context: 'registry', schemaVersion: 1, label: '街道登记' },
  CommunityOnboarded: { context: 'registry', schemaVersion: 1, label: '社区入驻' },
  CommunityRenamed: { context: 'registry', schemaVersion: 1, label: '社区更名' },
  CommunityMovedToStreet: { context: 'registry', schemaVersion: 1, label: '社区划转街道' },
  CommunityOffboarded: { context: 'registry', schemaVersion: 1, label: '社区注销' },
  RankingPolicySet: { context: 'registry', schemaVersion: 1, label: '红黑榜规则设定' },
  RankingPublished: { context: 'registry', schemaVersion: 1, label: '红黑榜发布' },
  HistoryRead: { context: 'audit', schemaVersion: 2, label: '审计查阅历史' },
  PiiDecrypted: { context: 'audit', schemaVersion: 1, label: '个人信息解密查阅' },
  SubjectErased: { context: 'audit', schemaVersion: 1, label: '个人信息删除' },
  DistrictCheckpointSealed: { context: 'audit', schemaVersion: 1, label: '区级检查点封存' },
  CheckpointSealed: { context: 'audit', schemaVersion: 1, label: '检查点封存' },
  EventVoided: { context: 'corrections', schemaVersion: 1, label: '记录作废' },
  RequestRaised: { context: 'requests', schemaVersion: 1, label: '群众点单' },
  RequestDispatched: { context: 'requests', schemaVersion: 1, label: '社区下单' },
  RequestAccepted: { context: 'requests', schemaVersion: 1, label: '党员接单' },
  RequestResolved: { context: 'requests', schemaVersion: 1, label: '办结' },
  RequestRated: { context: 'requests', schemaVersion: 1, label: '民评' },
  RequestReopened: { context: 'requests', schemaVersion: 1, label: '重新打开' },
  RequestEscalated: { context: 'requests', schemaVersion: 1, label: '吹哨上报' },
  RequestEscalationReported: { context: 'requests', schemaVersion: 1, label: '部门报到' },
  RequestRejected: { context: 'requests', schemaVersion: 1, label: '驳回' },
  RequestWithdrawn: { context: 'requests', schemaVersion: 1, label: '撤回' },
  RequestClosed: { context: 'requests', schemaVersion: 1, label: '关闭' },
  RequestExcludedFromAssessment: { context: 'requests', schemaVersion: 1, label: '核减' },
  RequestResponseOverdue: { context: 'requests', schemaVersion: 1, label: '响应逾期' },
  RequestOverdue: { context: 'requests', schemaVersion: 1, label: '办理逾期' },
  DisputeRegistered: { context: 'disputes', schemaVersion: 1, label: '纠纷登记' },
  DisputeMediationHeld: { context: 'disputes', schemaVersion: 1, label: '调解' },
  DisputeMediated: { context: 'disputes', schemaVersion: 1, label: '调解成功' },
  DisputeMediationFailed: { context: 'disputes', schemaVersion: 1, label: '调解未成' },
  DisputeReferred: { context: 'disputes', schemaVersion: 1, label: '移交' },
  WishPosted: { context: 'wishes', schemaVersion: 1, label: '微心愿发布' },
  WishClaimed: { context: 'wishes', schemaVersion: 1, label: '微心愿认领' },
  WishFulfilled: { context: 'wishes', schemaVersion: 1, label: '微心愿实现' },
  HazardReported: { context: 'hazards', schemaVersion: 1, label: '隐患上报' },
  HazardEliminated: { context: 'hazards', schemaVersion: 1, label: '隐患消除' },
  WorksCompleted: { context: 'works', schemaVersion: 1, label: '实事完成' },
  WelfareApplied: { context: 'welfare', schemaVersion: 1, label: '救助申请' },
  ProposalRaised: { context: 'deliberation', schemaVersion: 1, label: '民提' },
  ConsultationMeetingHeld: { context: 'deliberation', schemaVersion: 1, label: '民议（议事协商）' },
  ProposalDecided: { context: 'deliberation', schemaVersion: 1, label: '民决' },
  ProposalImplemented: { context: 'deliberation', schemaVersion: 1, label: '实施' },
  ProposalEvaluated: { context: 'deliberation', schemaVersion: 1, label: '民评' },
  DisclosurePublished: { context: 'deliberation', schemaVersion: 1, label: '公开' },
  WelfareDecided: { context: 'welfare', schemaVersion: 1, label: '救助审批' },
  PartyMemberRegistered: { context: 'members', schemaVersion: 1, label: '党员登记' },
  PartyMemberReportedIn: { context: 'members', schemaVersion: 1, label: '党员报到' },
  CommitmentMade: { context: 'members', schemaVersion: 1, label: '公开承诺' },
  CommitmentFulfilled: { context: 'members', schemaVersion: 1, label: '承诺兑现' },
  VolunteerServiceLogged: { context: 'members', schemaVersion: 1, label: '志愿服务' },
  CompoundRegistered: { context: 'structure', schemaVersion: 1, label: '小区登记' },
  BuildingRegistered: { context: 'structure', schemaVersion: 1, label: '楼栋登记' },
  GridRegistered: { context: 'structure', schemaVersion: 1, label: '网格登记' },
  PartyOrganisationRegistered: { context: 'structure', schemaVersion: 1, label: '党组织登记' },
  StaffAssigned: { context: 'structure', schemaVersion: 1, label: '工作人员配备' },
} as const satisfies Record<string, EventTypeDefinition>;

export type EventType = keyof typeof EVENT_TYPES;

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_TYPES, type);
}
