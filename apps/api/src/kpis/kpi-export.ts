import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Ratio, UnitKpis } from '@tongxin/read-store';

/** Chinese column headers of the KPI report, in the order district meetings read them. */
const COLUMNS: readonly [key: string, label: string][] = [
  ['requests.received', '受理量'],
  ['requests.excluded', '核减量'],
  ['requests.resolved', '办结量'],
  ['requests.resolutionRate', '办结率'],
  ['requests.responseRate', '响应率'],
  ['requests.satisfactionRate', '满意率'],
  ['requests.medianHoursToResolve', '办结时长中位数（小时）'],
  ['disputes.registered', '受理纠纷'],
  ['disputes.mediated', '调解成功'],
  ['disputes.mediationSuccessRate', '调解成功率'],
  ['wishes.posted', '微心愿发布'],
  ['wishes.fulfilled', '微心愿实现'],
  ['hazards.reported', '隐患上报'],
  ['hazards.eliminated', '隐患消除'],
  ['commitments.made', '公开承诺'],
  ['commitments.fulfilled', '承诺践行'],
  ['volunteer.services', '志愿服务次数'],
  ['volunteer.hours', '志愿服务时长（小时）'],
  ['proposals.raised', '议题提出'],
  ['proposals.decided', '议事决议'],
  ['disclosures.published', '公开事项'],
  ['volunteer.postsClaimed', '志愿服务岗位认领'],
  ['pairings.started', '结对帮扶'],
  ['care.visits', '慰问'],
  ['reemployment.placed', '再就业'],
  ['orgLife.studySessions', '学习教育（党课 / 主题党日）'],
];

const isRatio = (value: unknown): value is Ratio =>
  typeof value === 'object' && value !== null && 'denominator' in value;

/**
 * The dashboard's unit table as rows: a ratio becomes three columns (rate, numerator,
 * denominator) so a reader can recompute it; an undefined rate is left empty, never 0.
 */
export function kpiReportRows(units: readonly UnitKpis[], unitLabel: string): (string | number | null)[][] {
  const header = [`${unitLabel}编号`, `${unitLabel}名称`];
  for (const [key, label] of COLUMNS) {
    if (key.endsWith('Rate')) header.push(`${label}（%）`, `${label}分子`, `${label}分母`);
    else header.push(label);
  }
  const body = units.map((unit) => {
    const row: (string | number | null)[] = [unit.unitId, unit.name];
    for (const [key] of COLUMNS) {
      const value = unit.kpis[key];
      if (isRatio(value))
        row.push(
          value.value === null ? null : Math.round(value.value * 10000) / 100,
          value.numerator,
          value.denominator,
        );
      else row.push(value ?? null);
    }
    return row;
  });
  return [header, ...body];
}

/** CSV with a byte-order mark, so Excel opens the Chinese headers correctly. */
export function toCsv(rows: (string | number | null)[][]): Buffer {
  return Buffer.from(`\uFEFF${stringify(rows)}`, 'utf8');
}

export async function toXlsx(rows: (string | number | null)[][], sheetName: string, caption: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '同心 Tongxin';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([caption]).font = { bold: true };
  rows.forEach((row, index) => {
    const added = sheet.addRow(row);
    if (index === 0) added.font = { bold: true };
  });
  sheet.columns.forEach((column) => (column.width = 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
