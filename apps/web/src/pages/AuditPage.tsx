import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Input,
  List,
  Result,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiDownload, apiGet } from '../api/client';
import type { KpiChange, KpiValue, RecordedEvent, Verification } from '../api/views';
import { PeriodPicker } from '../components/PeriodPicker';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { useLoad, usePeriodChoice } from '../hooks';
import { EVENT_LABELS, formatKpi, isRatio, KPI_COLUMNS, labelOf } from '../labels';
import { dayjs, periodRange, periodStart } from '../periods';

/** The figures compared as recorded then and now: the dashboard's columns and the overdue stock. */
const AS_OF_KEYS = [...KPI_COLUMNS.map((c) => c.key), 'requests.overdue'];
const AS_OF_LABELS: Record<string, string> = { 'requests.overdue': '超期未办结（期末存量）' };
/** Keys the diff endpoint explains (period measures; stocks are compared but not diffed). */
const DIFFABLE = new Set(KPI_COLUMNS.map((c) => c.key));

/** The end of a Shanghai calendar day as an instant, or now if that is still to come. */
export function asOfEndOfDay(day: Dayjs): string {
  const end = new Date(`${day.format('YYYY-MM-DD')}T23:59:59.999+08:00`);
  return (end.getTime() > Date.now() ? new Date() : end).toISOString();
}

/** Nothing counted: a period missing from a response counts as empty. */
const isEmpty = (v: KpiValue | undefined) =>
  v === undefined || v === null || v === 0 || (isRatio(v) && v.numerator === 0 && v.denominator === 0);
const sameValue = (a: KpiValue | undefined, b: KpiValue | undefined) =>
  (isEmpty(a) && isEmpty(b)) ||
  (isRatio(a) && isRatio(b) ? a.numerator === b.numerator && a.denominator === b.denominator : a === b);

/**
 * 按当时记录查看 (issue 7 item 4): the district's KPIs as the dashboard showed them at the end of a
 * chosen day (only events recorded by then, the hierarchy as it stood), beside today's restated
 * figures; a changed figure lists the events recorded since that changed it.
 */
function AsOfComparison({ districtId }: { districtId: string }) {
  const [choice, setChoice] = usePeriodChoice();
  const [day, setDay] = useState<Dayjs>(dayjs().subtract(1, 'day'));
  const [diffKey, setDiffKey] = useState<string | null>(null);
  const range = periodRange(choice.kind, choice.at);
  const asOf = asOfEndOfDay(day);
  const query = { period: choice.kind, ...range };
  const then = useLoad(
    () => apiGet('/api/v1/districts/{districtId}/kpis', { districtId }, { ...query, asOf }),
    [districtId, choice.kind, range.from, asOf],
  );
  const now = useLoad(
    () => apiGet('/api/v1/districts/{districtId}/kpis', { districtId }, query),
    [districtId, choice.kind, range.from],
  );
  const diff = useLoad(
    () =>
      diffKey
        ? apiGet(
            '/api/v1/districts/{districtId}/kpis/diff',
            { districtId },
            { key: diffKey, period: choice.kind, at: periodStart(choice.kind, choice.at), asOf, limit: 100 },
          )
        : Promise.resolve(null),
    [districtId, diffKey, choice.kind, range.from, asOf],
  );
  const figures = (body: typeof then.data) => body?.periods[0]?.kpis ?? {};
  const rows = AS_OF_KEYS.map((key) => ({ key, then: figures(then.data)[key], now: figures(now.data)[key] }));
  return (
    <Card size="small" title="按当时记录查看" data-testid="as-of">
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker value={choice} onChange={setChoice} />
        <span>记录截至</span>
        <DatePicker
          data-testid="as-of-picker"
          value={day}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d) => d && (setDay(d), setDiffKey(null))}
        />
        <Typography.Text type="secondary">
          当时记录 = 截至 {dayjs(asOf).format('YYYY-MM-DD HH:mm')} 已记录的事件与当时的区划；今日重述 =
          计入此后的补录、作废与区划调整
        </Typography.Text>
      </Space>
      {(then.error ?? now.error) && <Alert type="error" title={(then.error ?? now.error)?.message} />}
      <ResponsiveTable
        size="small"
        rowKey="key"
        pagination={false}
        data-testid="as-of-table"
        dataSource={rows}
        columns={[
          { title: '指标', dataIndex: 'key', render: (key: string) => AS_OF_LABELS[key] ?? labelOf(key) },
          {
            title: `当时记录（${day.format('YYYY-MM-DD')}）`,
            dataIndex: 'then',
            render: (v: KpiValue) => (
              <span data-testid="as-of-then">
                {formatKpi(v)}
                {isRatio(v) ? `（${v.numerator}/${v.denominator}）` : ''}
              </span>
            ),
          },
          {
            title: '今日重述',
            dataIndex: 'now',
            render: (v: KpiValue) => (
              <span data-testid="as-of-now">
                {formatKpi(v)}
                {isRatio(v) ? `（${v.numerator}/${v.denominator}）` : ''}
              </span>
            ),
          },
          {
            title: '变化',
            render: (_, row) =>
              sameValue(row.then, row.now) ? (
                <Tag>未变</Tag>
              ) : DIFFABLE.has(row.key) ? (
                <Button size="small" danger data-testid={`as-of-diff-${row.key}`} onClick={() => setDiffKey(row.key)}>
                  已变更 · 查看原因
                </Button>
              ) : (
                <Tag color="red">已变更</Tag>
              ),
          },
        ]}
      />
      {diffKey && (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          title={`${labelOf(diffKey)}：此后记录并改变该数字的事件`}
          data-testid="as-of-diff"
          extra={
            <Button size="small" onClick={() => setDiffKey(null)}>
              关闭
            </Button>
          }
        >
          {diff.error && <Alert type="error" title={diff.error.message} />}
          <ResponsiveTable<KpiChange>
            size="small"
            rowKey="position"
            pagination={false}
            dataSource={[...(diff.data?.changes ?? [])]}
            columns={[
              { title: '事件', dataIndex: 'type', render: (t: string) => <Tag>{EVENT_LABELS[t] ?? t}</Tag> },
              { title: '社区', dataIndex: 'communityId' },
              { title: '记录', render: (_, c) => (c.recordId ? `${c.recordKind}/${c.recordId.slice(0, 8)}` : '区划') },
              {
                title: '发生时间',
                dataIndex: 'occurredAt',
                render: (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—'),
              },
              {
                title: '记录时间',
                dataIndex: 'recordedAt',
                render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm:ss'),
              },
            ]}
          />
        </Card>
      )}
    </Card>
  );
}

/** The auditor's district: its communities, each with its own verifiable history. */
export function AuditDistrictPage() {
  const { districtId = '' } = useParams();
  const directory = useLoad(() => apiGet('/api/v1/districts/{districtId}', { districtId }), [districtId]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={`${directory.data?.district.name ?? districtId} · 审计`}>
        {directory.error && <Alert type="error" title={directory.error.message} />}
        <List
          data-testid="audit-communities"
          dataSource={[...(directory.data?.communities ?? [])]}
          renderItem={(c) => (
            <List.Item
              actions={[
                <Link key="open" to={`/audit/communities/${c.unitId}`}>
                  查阅与核验
                </Link>,
              ]}
            >
              <List.Item.Meta title={c.name} description={c.unitId} />
            </List.Item>
          )}
        />
      </Card>
      <AsOfComparison districtId={districtId} />
    </Space>
  );
}

function VerifyPanel({ communityId, reason }: { communityId: string; reason: string | null }) {
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = () => {
    setBusy(true);
    apiGet('/api/v1/communities/{communityId}/verify', { communityId }, { reason: reason ?? undefined })
      .then((r) => (setResult(r), setError(null)))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <Card
      size="small"
      title="完整性核验"
      extra={
        <Button type="primary" loading={busy} disabled={!reason} onClick={verify} data-testid="verify">
          核验哈希链
        </Button>
      }
    >
      {error && <Alert type="error" title={error} />}
      {result &&
        (result.ok ? (
          <Result
            status="success"
            title="核验通过：记录未被篡改"
            subTitle={`共 ${result.eventCount} 个事件，序号连续至 ${result.lastSequence}，算法 ${result.algorithm.toUpperCase()}`}
            data-testid="verify-result"
          />
        ) : (
          <Result
            status="error"
            title="核验失败"
            subTitle={`第 ${result.firstBad?.tenantSequence ?? '?'} 个事件：${result.firstBad?.problem ?? ''}`}
            data-testid="verify-result"
          />
        ))}
      {!result && !error && (
        <Typography.Text type="secondary">
          重新计算该社区全部事件的哈希链与序号；每次核验本身也记入历史。
        </Typography.Text>
      )}
    </Card>
  );
}

/** A community's history: every event with its hashes, newest page on demand; verify and export. */
export function AuditCommunityPage() {
  const { communityId = '' } = useParams();
  const [cursor, setCursor] = useState<number[]>([0]);
  const [type, setType] = useState<string | undefined>();
  const after = cursor.at(-1) ?? 0;
  // Every replay, verification and export states why (recorded with it in the community's history).
  const [draft, setDraft] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const history = useLoad(
    () =>
      reason
        ? apiGet('/api/v1/communities/{communityId}/history', { communityId }, { after, limit: 50, reason })
        : Promise.resolve(null),
    [communityId, after, reason],
  );
  const events = (history.data?.events ?? []).filter((e) => !type || e.type === type);
  const types = [...new Set((history.data?.events ?? []).map((e) => e.type))];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{communityId} · 历史与核验</Typography.Title>
      <Card size="small" title="查阅理由（必填，与查阅一并记入该社区历史）">
        <Space.Compact style={{ width: '100%' }}>
          <Input
            data-testid="access-reason"
            value={draft}
            maxLength={500}
            placeholder="例如：2026 年度低保资金专项审计"
            onChange={(e) => setDraft(e.target.value)}
            onPressEnter={() => draft.trim().length >= 2 && setReason(draft.trim())}
          />
          <Button
            type="primary"
            data-testid="access-reason-confirm"
            disabled={draft.trim().length < 2}
            onClick={() => setReason(draft.trim())}
          >
            确认理由
          </Button>
        </Space.Compact>
      </Card>
      <VerifyPanel communityId={communityId} reason={reason} />
      <Card
        size="small"
        title="事件历史"
        extra={
          <Button
            disabled={!reason}
            onClick={() =>
              void apiDownload(
                '/api/v1/communities/{communityId}/export',
                { communityId },
                `${communityId}-history.ndjson`,
                { reason: reason ?? '' },
              )
            }
            data-testid="export-history"
          >
            导出 NDJSON（可离线核验）
          </Button>
        }
      >
        <Space style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="按事件类型筛选（本页）"
            style={{ width: 240 }}
            value={type}
            onChange={setType}
            options={types.map((t) => ({ value: t, label: `${EVENT_LABELS[t] ?? t}（${t}）` }))}
          />
        </Space>
        {history.error && <Alert type="error" title={history.error.message} />}
        <ResponsiveTable<RecordedEvent>
          size="small"
          rowKey="eventId"
          data-testid="history-table"
          cardTitle={(e) => (
            <span>
              #{e.tenantSequence} <Tag>{EVENT_LABELS[e.type] ?? e.type}</Tag>
            </span>
          )}
          pagination={false}
          dataSource={events}
          expandable={{
            expandedRowRender: (e) => (
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    label: '数据',
                    children: (
                      <pre className="tx-wrap" style={{ margin: 0 }}>
                        {JSON.stringify(e.data, null, 2)}
                      </pre>
                    ),
                  },
                  { label: '前一哈希', children: <code>{e.prevHash}</code> },
                  { label: '哈希', children: <code>{e.hash}</code> },
                ]}
              />
            ),
          }}
          columns={[
            { title: '序号', dataIndex: 'tenantSequence' },
            { title: '事件', dataIndex: 'type', render: (t: string) => <Tag>{EVENT_LABELS[t] ?? t}</Tag> },
            { title: '发生时间', dataIndex: 'occurredAt', render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
            {
              title: '记录时间',
              dataIndex: 'recordedAt',
              render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm:ss'),
            },
            { title: '操作人', render: (_, e) => `${e.actor.userId}（${e.actor.role}）` },
            { title: '哈希', dataIndex: 'hash', render: (h: string) => <code>{h.slice(0, 12)}…</code> },
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          <Button disabled={cursor.length <= 1} onClick={() => setCursor(cursor.slice(0, -1))}>
            上一页
          </Button>
          <Button
            disabled={(history.data?.events.length ?? 0) < 50}
            onClick={() => history.data && setCursor([...cursor, history.data.nextAfter])}
          >
            下一页
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
