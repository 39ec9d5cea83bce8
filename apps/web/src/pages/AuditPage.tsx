import { Alert, Button, Card, Descriptions, Input, List, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiDownload, apiGet } from '../api/client';
import type { DistrictDirectory, HistoryPage, RecordedEvent, Verification } from '../api/views';
import { useLoad } from '../hooks';
import { EVENT_LABELS } from '../labels';
import { dayjs } from '../periods';

/** The auditor's district: its communities, each with its own verifiable history. */
export function AuditDistrictPage() {
  const { districtId = '' } = useParams();
  const directory = useLoad(() => apiGet('/api/v1/districts/{districtId}', { districtId }), [districtId]);
  return (
    <Card title={`${directory.data?.district.name ?? districtId} · 审计`}>
      {directory.error && <Alert type="error" title={directory.error.message} />}
      <List
        data-testid="audit-communities"
        dataSource={[...(directory.data?.communities ?? [])]}
        renderItem={(c) => (
          <List.Item actions={[<Link key="open" to={`/audit/communities/${c.unitId}`}>查阅与核验</Link>]}>
            <List.Item.Meta title={c.name} description={c.unitId} />
          </List.Item>
        )}
      />
    </Card>
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
    <Card size="small" title="完整性核验" extra={<Button type="primary" loading={busy} disabled={!reason} onClick={verify} data-testid="verify">核验哈希链</Button>}>
      {error && <Alert type="error" title={error} />}
      {result &&
        (result.ok ? (
          <Result status="success" title="核验通过：记录未被篡改" subTitle={`共 ${result.eventCount} 个事件，序号连续至 ${result.lastSequence}，算法 ${result.algorithm.toUpperCase()}`} data-testid="verify-result" />
        ) : (
          <Result status="error" title="核验失败" subTitle={`第 ${result.firstBad?.tenantSequence ?? '?'} 个事件：${result.firstBad?.problem ?? ''}`} data-testid="verify-result" />
        ))}
      {!result && !error && <Typography.Text type="secondary">重新计算该社区全部事件的哈希链与序号；每次核验本身也记入历史。</Typography.Text>}
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
  const history = useLoad(() => (reason ? apiGet('/api/v1/communities/{communityId}/history', { communityId }, { after, limit: 50, reason }) : Promise.resolve(null)), [communityId, after, reason]);
  const events = (history.data?.events ?? []).filter((e) => !type || e.type === type);
  const types = [...new Set((history.data?.events ?? []).map((e) => e.type))];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{communityId} · 历史与核验</Typography.Title>
      <Card size="small" title="查阅理由（必填，与查阅一并记入该社区历史）">
        <Space.Compact style={{ width: '100%' }}>
          <Input data-testid="access-reason" value={draft} maxLength={500} placeholder="例如：2026 年度低保资金专项审计" onChange={(e) => setDraft(e.target.value)} onPressEnter={() => draft.trim().length >= 2 && setReason(draft.trim())} />
          <Button type="primary" data-testid="access-reason-confirm" disabled={draft.trim().length < 2} onClick={() => setReason(draft.trim())}>确认理由</Button>
        </Space.Compact>
      </Card>
      <VerifyPanel communityId={communityId} reason={reason} />
      <Card
        size="small"
        title="事件历史"
        extra={
          <Button disabled={!reason} onClick={() => void apiDownload('/api/v1/communities/{communityId}/export', { communityId }, `${communityId}-history.ndjson`, { reason: reason ?? '' })} data-testid="export-history">
            导出 NDJSON（可离线核验）
          </Button>
        }
      >
        <Space style={{ marginBottom: 12 }}>
          <Select allowClear placeholder="按事件类型筛选（本页）" style={{ width: 240 }} value={type} onChange={setType} options={types.map((t) => ({ value: t, label: `${EVENT_LABELS[t] ?? t}（${t}）` }))} />
        </Space>
        {history.error && <Alert type="error" title={history.error.message} />}
        <Table<RecordedEvent>
          size="small"
          rowKey="eventId"
          data-testid="history-table"
          pagination={false}
          dataSource={events}
          expandable={{ expandedRowRender: (e) => <Descriptions size="small" column={1} items={[{ label: '数据', children: <pre style={{ margin: 0 }}>{JSON.stringify(e.data, null, 2)}</pre> }, { label: '前一哈希', children: <code>{e.prevHash}</code> }, { label: '哈希', children: <code>{e.hash}</code> }]} /> }}
          columns={[
            { title: '序号', dataIndex: 'tenantSequence' },
            { title: '事件', dataIndex: 'type', render: (t: string) => <Tag>{EVENT_LABELS[t] ?? t}</Tag> },
            { title: '发生时间', dataIndex: 'occurredAt', render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
            { title: '记录时间', dataIndex: 'recordedAt', render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm:ss') },
            { title: '操作人', render: (_, e) => `${e.actor.userId}（${e.actor.role}）` },
            { title: '哈希', dataIndex: 'hash', render: (h: string) => <code>{h.slice(0, 12)}…</code> },
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          <Button disabled={cursor.length <= 1} onClick={() => setCursor(cursor.slice(0, -1))}>上一页</Button>
          <Button disabled={(history.data?.events.length ?? 0) < 50} onClick={() => history.data && setCursor([...cursor, history.data.nextAfter])}>下一页</Button>
        </Space>
      </Card>
    </Space>
  );
}
