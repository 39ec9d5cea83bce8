import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { Kpis } from '../api/views';
import { COVERAGE_LABELS, formatKpi, isRatio, KPI_CARDS, KPI_COLUMNS, labelOf, MEMBER_MODE_LABELS } from '../labels';

/** 党员报到: members reported in at the end of the period, split by mode. */
function ReportedInCard({ counts }: { counts: Record<string, number> }) {
  const split = Object.entries(MEMBER_MODE_LABELS).map(([mode, label]) => `${label} ${counts[mode] ?? 0}`);
  return (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" data-testid="kpi-partyMembers.reportedIn">
        <Tooltip title={`期末已报到党员：${split.join('，')}`}>
          <Statistic title="党员报到" value={counts.total ?? 0} suffix="人" />
        </Tooltip>
        <div style={{ color: '#888', fontSize: 12 }} data-testid="reported-in-split">
          {split.join(' · ')}
        </div>
      </Card>
    </Col>
  );
}

/** The headline figures; a click on an explainable one opens the records behind it. Coverage cards are stocks at the period's end. */
export function KpiCards({
  kpis,
  onExplain,
  reportedIn,
  keys = KPI_CARDS,
}: {
  kpis: Kpis;
  onExplain?: (key: string) => void;
  reportedIn?: Record<string, number>;
  keys?: readonly string[];
}) {
  return (
    <Row gutter={[12, 12]}>
      {keys.map((key) => {
        const value = kpis[key];
        const explainable = Boolean(onExplain && KPI_COLUMNS.find((c) => c.key === key)?.explain);
        const stock = key in COVERAGE_LABELS;
        const ratioText = isRatio(value) ? `${value.numerator} / ${value.denominator}${stock ? ' 个小区' : ''}` : null;
        return (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card
              size="small"
              hoverable={explainable}
              onClick={() => explainable && onExplain?.(key)}
              data-testid={`kpi-${key}`}
            >
              <Tooltip
                title={
                  ratioText
                    ? `${stock ? '期末' : ''}${labelOf(key)}：${ratioText}`
                    : explainable
                      ? '点击查看明细'
                      : undefined
                }
              >
                <Statistic title={labelOf(key)} value={formatKpi(value)} />
              </Tooltip>
              {ratioText && (
                <div style={{ color: '#888', fontSize: 12 }} data-testid={`kpi-${key}-ratio`}>
                  {ratioText}
                </div>
              )}
            </Card>
          </Col>
        );
      })}
      {reportedIn && <ReportedInCard counts={reportedIn} />}
    </Row>
  );
}
