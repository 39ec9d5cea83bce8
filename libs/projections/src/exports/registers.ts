import {
  EVENT_TYPES,
  REQUEST_CATEGORIES,
  REQUEST_CHANNELS,
  REQUEST_STATUS_LABELS,
  type RequestStatus,
} from '@tongxin/domain';
import { effectiveHistory, type RecordEvent } from '../kpi/record-facts.js';

export type RegisterCell = string | number | null;

/** A time as users read it in a spreadsheet and machines parse it: Shanghai wall time with its offset. */
export function shanghaiTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const local = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

const RATING_LABELS: Record<string, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  unsatisfied: '不满意',
};
const CHANNEL_LABELS: Record<(typeof REQUEST_CHANNELS)[number], string> = {
  inbox: '收件箱',
  'wechat-group': '微信群',
  'door-duty': '门岗值守',
  'grid-patrol': '网格巡查',
  visit: '走访',
  hotline: '热线',
};

/** The request register's columns: every lifecycle timestamp, so users can compute their own measures. */
export const REQUEST_REGISTER_HEADER = [
  '诉求编号',
  '状态',
  '状态名称',
  '类别',
  '类别名称',
  '渠道',
  '是否核减',
  '提出时间（群众点单）',
  '首次派单时间',
  '最近派单时间（社区下单）',
  '响应时限',
  '办结时限',
  '首次接单时间（党员接单）',
  '最近办结时间',
  '最近评价时间（民评）',
  '评价结果',
  '关闭时间',
  '吹哨上报时间',
  '重新打开次数',
  '承办方类型',
] as const;

const first = (events: readonly RecordEvent[], type: string) => events.find((e) => e.type === type) ?? null;
const last = (events: readonly RecordEvent[], type: string) => events.findLast((e) => e.type === type) ?? null;

/** One request's register row from its whole history (voids honoured) and its status in the work queue. */
export function requestRegisterRow(requestId: string, status: string, history: readonly RecordEvent[]): RegisterCell[] {
  const events = effectiveHistory(history);
  const raised = first(events, 'RequestRaised');
  const dispatch = last(events, 'RequestDispatched');
  const rated = last(events, 'RequestRated');
  const category = (raised?.data.category as string | undefined) ?? null;
  const channel = (raised?.data.channel as (typeof REQUEST_CHANNELS)[number] | undefined) ?? null;
  return [
    requestId,
    status,
    REQUEST_STATUS_LABELS[status as RequestStatus] ?? status,
    category,
    category ? (REQUEST_CATEGORIES[category as keyof typeof REQUEST_CATEGORIES] ?? category) : null,
    channel ? (CHANNEL_LABELS[channel] ?? channel) : null,
    events.some((e) => e.type === 'RequestExcludedFromAssessment') ? '是' : '否',
    shanghaiTime(raised?.occurredAt),
    shanghaiTime(first(events, 'RequestDispatched')?.occurredAt),
    shanghaiTime(dispatch?.occurredAt),
    shanghaiTime(dispatch?.data.respondBy as string | undefined),
    shanghaiTime(dispatch?.data.resolveBy as string | undefined),
    shanghaiTime(first(events, 'RequestAccepted')?.occurredAt),
    shanghaiTime(
      (
        last(events, 'RequestResolved') ??
        events.findLast((e) => e.type === 'RequestEscalationReported' && e.data.outcome === 'resolved')
      )?.occurredAt,
    ),
    shanghaiTime(rated?.occurredAt),
    rated ? (RATING_LABELS[rated.data.rating as string] ?? (rated.data.rating as string)) : null,
    shanghaiTime(last(events, 'RequestClosed')?.occurredAt),
    shanghaiTime(last(events, 'RequestEscalated')?.occurredAt),
    events.filter((e) => e.type === 'RequestReopened').length,
    (dispatch?.data.assignee as { kind?: string } | undefined)?.kind ?? null,
  ];
}

/** Registers other than requests: status, then the latest time of each step of the record's workflow. */
export const RECORD_REGISTER_CONTEXTS = { dispute: 'disputes', wish: 'wishes', hazard: 'hazards' } as const;
export type RegisterKind = keyof typeof RECORD_REGISTER_CONTEXTS;

const stepsOf = (kind: RegisterKind) =>
  Object.entries(EVENT_TYPES).filter(([, d]) => d.context === RECORD_REGISTER_CONTEXTS[kind]);

export function recordRegisterHeader(kind: RegisterKind): string[] {
  const label = { dispute: '纠纷编号', wish: '微心愿编号', hazard: '隐患编号' }[kind];
  return [label, '状态', '状态名称', ...stepsOf(kind).map(([, d]) => `${d.label}时间`)];
}

export function recordRegisterRow(
  kind: RegisterKind,
  recordId: string,
  status: string,
  statusLabel: string,
  history: readonly RecordEvent[],
): RegisterCell[] {
  const events = effectiveHistory(history);
  return [
    recordId,
    status,
    statusLabel,
    ...stepsOf(kind).map(([type]) => shanghaiTime(last(events, type)?.occurredAt)),
  ];
}
