import {
  DISPUTE_STATUS_LABELS,
  HAZARD_STATUS_LABELS,
  REQUEST_STATUS_LABELS,
  WISH_STATUS_LABELS,
  disputeDecider,
  disputeStream,
  hazardDecider,
  hazardStream,
  memberDecider,
  memberStream,
  PROPOSAL_STATUS_LABELS,
  proposalDecider,
  proposalStream,
  WELFARE_STATUS_LABELS,
  welfareDecider,
  welfareStream,
  requestDecider,
  requestStream,
  wishDecider,
  wishStream,
  worksDecider,
  worksStream,
  STRUCTURE_STREAM,
  structureDecider,
  type Decider,
  type DomainEvent,
  careVisitDecider,
  careVisitStream,
  reemploymentDecider,
  reemploymentStream,
  studySessionDecider,
  studySessionStream,
  monthlyStarDecider,
  monthlyStarStream,
  branchDecider,
  branchStream,
  BRANCH_STATUS_LABELS,
  threeZeroDecider,
  threeZeroStream,
  THREE_ZERO_STATUS_LABELS,
} from '@tongxin/domain';

/** A kind of record a community keeps, one stream per record: its decider and how its state reads. */
export interface CommunityRecordKind {
  readonly decider: Decider<unknown, unknown, DomainEvent>;
  readonly stream: (id: string) => string;
  readonly status: (state: unknown) => string;
  readonly statusLabel: (status: string) => string;
}

const kind = <C, S, E extends DomainEvent>(
  decider: Decider<C, S, E>,
  stream: (id: string) => string,
  status: (state: S) => string,
  labels: Record<string, string>,
): CommunityRecordKind => ({
  decider: decider,
  stream,
  status: status as (state: unknown) => string,
  statusLabel: (s) => labels[s] ?? s,
});

export const COMMUNITY_RECORDS = {
  request: kind(requestDecider, requestStream, (s) => s.status, REQUEST_STATUS_LABELS),
  dispute: kind(disputeDecider, disputeStream, (s) => s.status, DISPUTE_STATUS_LABELS),
  wish: kind(wishDecider, wishStream, (s) => s.status, WISH_STATUS_LABELS),
  hazard: kind(hazardDecider, hazardStream, (s) => s.status, HAZARD_STATUS_LABELS),
  works: kind(worksDecider, worksStream, (s) => (s.recorded ? 'recorded' : 'none'), {
    none: '不存在',
    recorded: '已完成',
  }),
  proposal: kind(proposalDecider, proposalStream, (s) => s.status, PROPOSAL_STATUS_LABELS),
  welfare: kind(welfareDecider, welfareStream, (s) => s.status, WELFARE_STATUS_LABELS),
  member: kind(
    memberDecider,
    memberStream,
    (s) => (!s.registered ? 'none' : s.reportedIn ? 'reported-in' : 'registered'),
    { none: '不存在', registered: '已登记', 'reported-in': '已报到' },
  ),
  // One stream per community: compounds, buildings, grids, party organisations and staff.
  structure: kind(
    structureDecider,
    () => STRUCTURE_STREAM,
    (s) => (s.units.size > 0 ? 'registered' : 'none'),
    { none: '未登记', registered: '已登记' },
  ),
  careVisit: kind(careVisitDecider, careVisitStream, (s) => (s.recorded ? 'recorded' : 'none'), {
    none: '不存在',
    recorded: '已慰问',
  }),
  reemployment: kind(reemploymentDecider, reemploymentStream, (s) => (s.recorded ? 'placed' : 'none'), {
    none: '不存在',
    placed: '已再就业',
  }),
  studySession: kind(studySessionDecider, studySessionStream, (s) => (s.held ? 'held' : 'none'), {
    none: '不存在',
    held: '已开展',
  }),
  star: kind(monthlyStarDecider, monthlyStarStream, (s) => (s.awarded ? 'awarded' : 'none'), {
    none: '不存在',
    awarded: '已评选',
  }),
  branch: kind(branchDecider, branchStream, (s) => s.status, BRANCH_STATUS_LABELS),
  // One stream per community: its 三零社区 status.
  threeZero: kind(threeZeroDecider, threeZeroStream, (s) => s.status, THREE_ZERO_STATUS_LABELS),
} as const;

export type CommunityRecordName = keyof typeof COMMUNITY_RECORDS;
