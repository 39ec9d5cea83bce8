import { Alert, Card, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { apiGet } from '../api/client';
import type { KpiResponse, Ratio } from '../api/views';
import { COVERAGE_LABELS } from '../labels';
import { useLoad } from '../hooks';
import { periodRange, periodStart, trendRange } from '../periods';
import type { ExplainTarget, Level } from './ExplainDrawer';
import { KpiCards } from './KpiCards';
import type { PeriodChoice } from './PeriodPicker';
import { PeriodPicker } from './PeriodPicker';

// ECharts (the largest library) and the explain drawer's table come after the cards.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));
const ExplainDrawer = lazy(() => import('./ExplainDrawer').then((m) => ({ default: m.ExplainDrawer })));
const chartLoading = <Skeleton.Node active style={{ width: '100%', height: 300 }} />;

export function kpisOf(
  level: Level,
  unitId: string,
  query: { period: string; from: string; to: string },
): Promise<KpiResponse> {
  if (level === 'district') return apiGet('/api/v1/districts/{districtId}/kpis', { districtId: unitId }, query);
  if (level === 'street') return apiGet('/api/v1/streets/{streetId}/kpis', { streetId: unitId }, query);
  return apiGet('/api/v1/communities/{communityId}/kpis', { communityId: unitId }, query);
}

/** Cards for the chosen period, a 12-period trend and the explain drawer: the top of every dashboard. */
export function Dashboard({
  level,
  unitId,
  title,
  choice,
  onChoice,
  cards,
  children,
}: {
  level: Level;
  unitId: string;
  title: ReactNode;
  choice: PeriodChoice;
  onChoice: (c: PeriodChoice) => void;
  cards?: readonly string[];
  children?: ReactNode;
}) {
  const [explain, setExplain] = useState<ExplainTarget | null>(null);
  const range = periodRange(choice.kind, choice.at);
  const current = useLoad(
    () => kpisOf(level, unitId, { period: choice.kind, ...range }),
    [level, unitId, choice.kind, range.from],
  );
  const trend = useLoad(
    () => kpisOf(level, unitId, { period: choice.kind, ...trendRange(choice.kind, choice.at, 12) }),
    [level, unitId, choice.kind, range.from],
  );
  const stocks = current.data?.stocks;
  // Flows of the period and the coverage stocks at its end, side by side on the cards.
  const figures = {
    ...(current.data?.periods[0]?.kpis ?? {}),
    ...(stocks
      ? Object.fromEntries(
          Object.keys(COVERAGE_LABELS).map((key) => [
            key,
            (stocks as unknown as Record<string, Ratio | undefined>)[key] ?? null,
          ]),
        )
      : {}),
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <PeriodPicker value={choice} onChange={onChoice} />
      </Space>
      {current.error && <Alert type="error" title={current.error.message} description={current.error.messageEn} />}
      <KpiCards
        kpis={figures}
        keys={cards}
        reportedIn={stocks?.['partyMembers.reportedIn']}
        onExplain={(key) =>
          setExplain({ level, unitId, key, period: choice.kind, at: periodStart(choice.kind, choice.at) })
        }
      />
      {current.data && (
        <Typography.Text type="secondary" data-testid="figures-meta">
          统计区间 {range.from} 至 {range.to}（上海时间，不含结束日） · 指标口径 v{current.data.definitionVersion} ·
          投影位置 {current.data.projectionPosition} · 党员报到{' '}
          {current.data.stocks['partyMembers.reportedIn'].total ?? 0} 人
        </Typography.Text>
      )}
      <Card size="small" title="趋势">
        <Suspense fallback={chartLoading}>{trend.data ? <TrendChart figures={trend.data} /> : chartLoading}</Suspense>
      </Card>
      {children}
      <Suspense fallback={null}>
        <ExplainDrawer target={explain} onClose={() => setExplain(null)} />
      </Suspense>
    </Space>
  );
}
