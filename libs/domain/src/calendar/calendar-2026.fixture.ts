import type { PublishHolidayCalendar } from './index.js';

const range = (from: string, to: string, name: string) => {
  const days = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push({ date: new Date(t).toISOString().slice(0, 10), name });
  return days;
};

/** 国务院办公厅关于2026年部分节假日安排的通知, as a publish command (test fixture). */
export const PUBLISH_2026: PublishHolidayCalendar = {
  kind: 'PublishHolidayCalendar',
  year: 2026,
  holidays: [
    ...range('2026-01-01', '2026-01-03', '元旦'),
    ...range('2026-02-15', '2026-02-23', '春节'),
    ...range('2026-04-04', '2026-04-06', '清明节'),
    ...range('2026-05-01', '2026-05-05', '劳动节'),
    ...range('2026-06-19', '2026-06-21', '端午节'),
    ...range('2026-09-25', '2026-09-27', '中秋节'),
    ...range('2026-10-01', '2026-10-07', '国庆节'),
  ],
  workdays: [
    { date: '2026-01-04', name: '元旦' },
    { date: '2026-02-14', name: '春节' },
    { date: '2026-02-28', name: '春节' },
    { date: '2026-05-09', name: '劳动节' },
    { date: '2026-09-20', name: '国庆节' },
    { date: '2026-10-10', name: '国庆节' },
  ],
  source: { title: '国务院办公厅关于2026年部分节假日安排的通知' },
};
