import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { KpiResponse } from '../api/views';
import { isRatio } from '../labels';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const percent = (value: unknown) =>
  isRatio(value as never) && (value as { value: number | null }).value !== null
    ? Math.round((value as { value: number }).value * 1000) / 10
    : null;

/** 受理量 as bars, 办结率 / 满意率 / 响应率 as lines, one point per period. */
export function TrendChart({ figures }: { figures: KpiResponse }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const periods = figures.periods.map((p) => p.period);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['受理量', '办结率', '响应率', '满意率'] },
      grid: { left: 40, right: 50, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: '件' },
        { type: 'value', name: '%', max: 100 },
      ],
      series: [
        { name: '受理量', type: 'bar', data: figures.periods.map((p) => p.kpis['requests.received']) },
        {
          name: '办结率',
          type: 'line',
          yAxisIndex: 1,
          data: figures.periods.map((p) => percent(p.kpis['requests.resolutionRate'])),
        },
        {
          name: '响应率',
          type: 'line',
          yAxisIndex: 1,
          data: figures.periods.map((p) => percent(p.kpis['requests.responseRate'])),
        },
        {
          name: '满意率',
          type: 'line',
          yAxisIndex: 1,
          data: figures.periods.map((p) => percent(p.kpis['requests.satisfactionRate'])),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [figures]);
  return <div ref={element} style={{ height: 300, width: '100%' }} data-testid="trend-chart" />;
}
