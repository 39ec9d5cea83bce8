import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { Kpis } from '../api/views';
import { formatKpi, isRatio, KPI_CARDS, KPI_COLUMNS, labelOf } from '../labels';

/** The headline figures; a click on an explainable one opens the records behind it. */
export function KpiCards({ kpis, onExplain, keys = KPI_CARDS }: { kpis: Kpis; onExplain?: (key: string) => void; keys?: readonly string[] }) {
  return (
    <Row gutter={[12, 12]}>
      {keys.map((key) => {
        const value = kpis[key];
        const explainable = Boolean(onExplain && KPI_COLUMNS.find((c) => c.key === key)?.explain);
        return (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card size="small" hoverable={explainable} onClick={() => explainable && onExplain?.(key)} data-testid={`kpi-${key}`}>
              <Tooltip title={isRatio(value) ? `${value.numerator} / ${value.denominator}` : explainable ? '点击查看明细' : undefined}>
                <Statistic title={labelOf(key)} value={formatKpi(value)} />
              </Tooltip>
              {isRatio(value) && <div style={{ color: '#888', fontSize: 12 }}>{`${value.numerator} / ${value.denominator}`}</div>}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
