import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import quarterOfYear from 'dayjs/plugin/quarterOfYear';
import 'dayjs/locale/zh-cn';
import type { PeriodKind } from './labels';

dayjs.extend(isoWeek);
dayjs.extend(quarterOfYear);
// Set here rather than at start: every page that shows a date imports this module, and the sign-in
// screen, which shows none, does not wait for dayjs.
dayjs.locale('zh-cn');

const DATE = 'YYYY-MM-DD';

/** n periods later (a quarter is three months). */
const shift = (kind: PeriodKind, at: Dayjs, n: number): Dayjs =>
  kind === 'quarter' ? at.add(3 * n, 'month') : at.add(n, kind);
const startOf = (kind: PeriodKind, at: Dayjs): Dayjs => (kind === 'week' ? at.startOf('isoWeek') : at.startOf(kind));

/** [from, to) of the Shanghai calendar period containing `at` (ISO weeks start on Monday). */
export function periodRange(kind: PeriodKind, at: Dayjs): { from: string; to: string } {
  const start = startOf(kind, at);
  return { from: start.format(DATE), to: shift(kind, start, 1).format(DATE) };
}

/** The `count` periods ending with the one containing `at`: the range of a trend chart. */
export function trendRange(kind: PeriodKind, at: Dayjs, count: number): { from: string; to: string } {
  const { to } = periodRange(kind, at);
  const first = shift(kind, startOf(kind, at), -(count - 1));
  return { from: first.format(DATE), to };
}

/** A period's label as the api names it (2026-10, 2026-W44, 2026-Q4...), for the explain call's `at`. */
export const periodStart = (kind: PeriodKind, at: Dayjs): string => startOf(kind, at).format(DATE);

export { dayjs };
