import { Alert, Button, Drawer, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { apiGet } from '../api/client';
import type { ExplainRecord, ExplainResponse } from '../api/views';
import { labelOf, type PeriodKind } from '../labels';
import { dayjs } from '../periods';
import { usePhone } from '../responsive';
import { ResponsiveTable } from './ResponsiveTable';

export type Level = 'district' | 'street' | 'community';

export interface ExplainTarget {
  readonly level: Level;
  readonly unitId: string;
  readonly key: string;
  readonly period: PeriodKind;
  readonly at: string;
}

function explainPage(target: ExplainTarget, after: string | null): Promise<ExplainResponse> {
  const query = { key: target.key, period: target.period, at: target.at, limit: 100, after: after ?? undefined };
  if (target.level === 'district')
    return apiGet('/api/v1/districts/{districtId}/kpis/explain', { districtId: target.unitId }, query);
  if (target.level === 'street')
    return apiGet('/api/v1/streets/{streetId}/kpis/explain', { streetId: target.unitId }, query);
  return apiGet('/api/v1/communities/{communityId}/kpis/explain', { communityId: target.unitId }, query);
}

const yesNo = (value: boolean | null) => (value === null ? '—' : value ? '是' : '否');

/** The records behind a figure: which counted in the numerator, which in the denominator, which were excluded. */
export function ExplainDrawer({ target, onClose }: { target: ExplainTarget | null; onClose: () => void }) {
  const [records, setRecords] = useState<ExplainRecord[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = (after: string | null) => {
    if (!target) return;
    explainPage(target, after)
      .then((page) => {
        setRecords((previous) => (after ? [...previous, ...page.records] : [...page.records]));
        setNext(page.next);
      })
      .catch((e: Error) => setError(e.message));
  };
  useEffect(() => {
    setRecords([]);
    setError(null);
    load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  const inNumerator = records.filter((r) => r.inNumerator && !r.excluded).length;
  const phone = usePhone();
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={phone ? '100%' : 880}
      title={
        target ? `${labelOf(target.key)} · 明细（${target.at} 起的${target.period === 'month' ? '月' : '周期'}）` : ''
      }
    >
      {error && <Alert type="error" title={error} />}
      <p data-testid="explain-summary">
        共 {records.length} 条记录{next ? '（还有更多）' : ''}，计入分子 {inNumerator} 条，核减{' '}
        {records.filter((r) => r.excluded).length} 条。
      </p>
      <ResponsiveTable<ExplainRecord>
        size="small"
        rowKey={(r) => `${r.communityId}:${r.recordId}:${r.fact}:${r.occurredAt}`}
        dataSource={records}
        pagination={false}
        data-testid="explain-table"
        columns={[
          { title: '社区', dataIndex: 'communityId' },
          { title: '记录编号', dataIndex: 'recordId', render: (id: string) => <code>{id.slice(0, 8)}</code> },
          { title: '发生时间', dataIndex: 'occurredAt', render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
          { title: '按时响应', dataIndex: 'inTime', render: yesNo },
          { title: '已办结', dataIndex: 'resolvedNow', render: yesNo },
          { title: '满意', dataIndex: 'positive', render: yesNo },
          {
            title: '计入',
            render: (_, r) =>
              r.excluded ? (
                <Tag>核减</Tag>
              ) : r.inNumerator ? (
                <Tag color="green">分子</Tag>
              ) : (
                <Tag color="blue">仅分母</Tag>
              ),
          },
        ]}
      />
      {next && (
        <Button style={{ marginTop: 12 }} onClick={() => load(next)}>
          加载更多
        </Button>
      )}
    </Drawer>
  );
}
