import { Alert, Button, Card, DatePicker, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { apiDownload, apiGet } from '../api/client';
import { Dashboard } from '../components/Dashboard';
import { UnitTable } from '../components/UnitTable';
import { useLoad, usePeriodChoice } from '../hooks';
import { RANKING_CLASSES } from '../labels';
import { dayjs, periodRange } from '../periods';

/** 红黑榜 of a month: the live ranking, and the frozen one once the month end job published it. */
function RankingBoard({ districtId }: { districtId: string }) {
  const [month, setMonth] = useState(dayjs().subtract(1, 'month'));
  const key = month.format('YYYY-MM');
  const live = useLoad(
    () => apiGet('/api/v1/districts/{districtId}/rankings', { districtId }, { month: key }),
    [districtId, key],
  );
  const published = useLoad(
    () => apiGet('/api/v1/districts/{districtId}/rankings/published', { districtId }, { month: key }),
    [districtId, key],
  );
  const ranking = published.data ?? live.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <DatePicker picker="month" value={month} allowClear={false} onChange={(m) => m && setMonth(m)} />
        {published.data ? (
          <Tag color="green">已于 {dayjs(published.data.publishedAt).format('YYYY-MM-DD HH:mm')} 发布（冻结）</Tag>
        ) : (
          <Tag>未发布：实时计算</Tag>
        )}
      </Space>
      {ranking && (
        <>
          <Typography.Text type="secondary">
            权重：响应率 {ranking.policy.responseWeight} · 办结率 {ranking.policy.resolutionWeight} · 满意率{' '}
            {ranking.policy.satisfactionWeight}；受理量少于 {ranking.policy.minimumRequests} 件不参与排名
          </Typography.Text>
          <Table
            size="small"
            rowKey="unitId"
            data-testid="ranking-table"
            pagination={false}
            dataSource={[...ranking.ranked]}
            columns={[
              { title: '名次', dataIndex: 'rank' },
              { title: '社区', dataIndex: 'name' },
              { title: '受理量', dataIndex: 'received' },
              { title: '得分', dataIndex: 'score', render: (s: number) => (s * 100).toFixed(2) },
              {
                title: '榜单',
                dataIndex: 'classes',
                render: (classes: string[]) =>
                  classes.map((c) => (
                    <Tag key={c} color={RANKING_CLASSES[c]}>
                      {c}
                    </Tag>
                  )),
              },
            ]}
          />
          {ranking.insufficientData.length > 0 && (
            <Alert
              type="info"
              data-testid="insufficient-data"
              title={`数据不足，不参与排名：${ranking.insufficientData.map((u) => `${u.name}（${u.received} 件）`).join('、')}`}
            />
          )}
        </>
      )}
    </Space>
  );
}

export function DistrictPage() {
  const { districtId = '' } = useParams();
  const navigate = useNavigate();
  const [choice, setChoice] = usePeriodChoice();
  const [rows, setRows] = useState<'street' | 'community'>('street');
  const range = periodRange(choice.kind, choice.at);
  const directory = useLoad(() => apiGet('/api/v1/districts/{districtId}', { districtId }), [districtId]);
  const table = useLoad(
    () => apiGet('/api/v1/districts/{districtId}/kpis/units', { districtId }, { rows, ...range }),
    [districtId, rows, range.from, range.to],
  );
  const exportTable = (format: 'csv' | 'xlsx') =>
    apiDownload(
      '/api/v1/districts/{districtId}/kpis/units/export',
      { districtId },
      `${directory.data?.district.name ?? districtId}-${rows === 'street' ? '街道' : '社区'}指标-${range.from}.${format}`,
      { rows, ...range, format },
    );
  return (
    <Dashboard
      level="district"
      unitId={districtId}
      title={`${directory.data?.district.name ?? districtId} · 区委驾驶舱`}
      choice={choice}
      onChoice={setChoice}
    >
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'units',
              label: '街道与社区',
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Segmented
                      value={rows}
                      onChange={(v) => setRows(v as 'street' | 'community')}
                      options={[
                        { label: '按街道', value: 'street' },
                        { label: '按社区', value: 'community' },
                      ]}
                    />
                    <Button onClick={() => void exportTable('xlsx')} data-testid="export-xlsx">
                      导出 XLSX
                    </Button>
                    <Button onClick={() => void exportTable('csv')} data-testid="export-csv">
                      导出 CSV
                    </Button>
                  </Space>
                  {table.error && <Alert type="error" title={table.error.message} />}
                  <UnitTable
                    rows={table.data?.units ?? []}
                    onOpen={(row) =>
                      void navigate(rows === 'street' ? `/streets/${row.unitId}` : `/communities/${row.unitId}`)
                    }
                  />
                </Space>
              ),
            },
            { key: 'ranking', label: '红黑榜', children: <RankingBoard districtId={districtId} /> },
          ]}
        />
      </Card>
    </Dashboard>
  );
}
