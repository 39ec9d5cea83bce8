import { DatePicker, Segmented, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { PERIOD_LABELS, type PeriodKind } from '../labels';

const PICKER: Record<PeriodKind, 'date' | 'week' | 'month' | 'quarter' | 'year'> = {
  day: 'date',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

export interface PeriodChoice {
  readonly kind: PeriodKind;
  readonly at: Dayjs;
}

/** 日/周/月/季/年 and the period itself (Asia/Shanghai calendar). */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        data-testid="period-kind"
        value={value.kind}
        options={(Object.keys(PERIOD_LABELS) as PeriodKind[]).map((kind) => ({
          label: PERIOD_LABELS[kind],
          value: kind,
        }))}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <DatePicker
        picker={PICKER[value.kind]}
        value={value.at}
        allowClear={false}
        onChange={(at) => at && onChange({ ...value, at })}
      />
    </Space>
  );
}
