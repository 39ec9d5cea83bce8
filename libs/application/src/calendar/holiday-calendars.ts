import { createRequire } from 'node:module';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  fold,
  HOLIDAY_CALENDAR_STREAM,
  holidayCalendarDecider,
  PLATFORM_TENANT,
  withoutVoided,
  type CalendarDay,
  type HolidayCalendarEvent,
  type HolidayCalendarState,
  type PublishHolidayCalendar,
} from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { CodedError } from '@tongxin/kernel';
import { tenantScope, toTenantId } from '@tongxin/tenancy';
import type { CommandContext, CommandExecutor, CommandOutcome } from '../shared/command-executor.js';
import { COMMAND_EXECUTOR } from '../shared/tokens.js';

/** Where command handlers read the holiday calendar from (optional: only working-time deadlines need it). */
export const HOLIDAY_CALENDARS = Symbol('HOLIDAY_CALENDARS');

export interface HolidayCalendarSource {
  /** Every published version of every year, as recorded now. */
  state(): Promise<HolidayCalendarState>;
}

/** The calendar read straight from the platform's history (a few events), so a dispatch sees a calendar the moment it is published. */
export class EventStoreHolidayCalendars implements HolidayCalendarSource {
  constructor(private readonly store: EventStore) {}

  async state(): Promise<HolidayCalendarState> {
    const tenant = toTenantId(PLATFORM_TENANT);
    const history = await this.store.readStream(tenantScope(tenant), tenant, HOLIDAY_CALENDAR_STREAM);
    return fold(
      holidayCalendarDecider,
      withoutVoided(history).map((e) => ({ type: e.type, data: e.data }) as HolidayCalendarEvent),
    );
  }
}

export class PublishHolidayCalendarMessage {
  constructor(
    readonly command: PublishHolidayCalendar,
    readonly context: CommandContext,
  ) {}
}

/** The platform administrator publishes a year's calendar into the platform's holiday-calendar stream. */
@CommandHandler(PublishHolidayCalendarMessage)
export class HolidayCalendarCommandHandler implements ICommandHandler<PublishHolidayCalendarMessage, CommandOutcome> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ command, context }: PublishHolidayCalendarMessage): Promise<CommandOutcome> {
    return this.executor.execute(
      holidayCalendarDecider,
      { tenantId: PLATFORM_TENANT, streamId: HOLIDAY_CALENDAR_STREAM },
      command,
      context,
    );
  }
}

const require = createRequire(import.meta.url);

/** The maintained `chinese-days` package: its version and each year it covers, as publish commands. */
export function chineseDaysCalendars(): { seededFrom: string; commands: PublishHolidayCalendar[] } {
  const { version } = require('chinese-days/package.json') as { version: string };
  const data = require('chinese-days/dist/chinese-days.json') as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const seededFrom = `chinese-days@${version}`;
  // Values read "National Day,国庆节,3": English name, Chinese name, festival number.
  const byYear = new Map<number, { holidays: CalendarDay[]; workdays: CalendarDay[] }>();
  const add = (list: 'holidays' | 'workdays', entries: Record<string, string>) => {
    for (const [date, value] of Object.entries(entries)) {
      const year = Number(date.slice(0, 4));
      const entry = byYear.get(year) ?? { holidays: [], workdays: [] };
      entry[list].push({ date, name: value.split(',')[1] ?? value });
      byYear.set(year, entry);
    }
  };
  add('holidays', data.holidays);
  add('workdays', data.workdays);
  const commands = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, days]): PublishHolidayCalendar => ({
      kind: 'PublishHolidayCalendar',
      year,
      ...days,
      source: { title: `国务院办公厅关于${year}年部分节假日安排的通知`, seededFrom },
    }));
  return { seededFrom, commands };
}

/**
 * Publishes every year the package covers that the platform has not published in the same form
 * (idempotent: an unchanged year is refused as HOLIDAY_CALENDAR_UNCHANGED and skipped). Returns the years published.
 */
export async function seedHolidayCalendars(
  handler: Pick<HolidayCalendarCommandHandler, 'execute'>,
  actor: CommandContext['actor'],
): Promise<number[]> {
  const { seededFrom, commands } = chineseDaysCalendars();
  const published: number[] = [];
  for (const command of commands) {
    try {
      const outcome = await handler.execute(
        new PublishHolidayCalendarMessage(command, {
          actor,
          commandId: `seed:holiday-calendar:${command.year}:${seededFrom}`,
        }),
      );
      if (!outcome.duplicate) published.push(command.year);
    } catch (error) {
      if (!(error instanceof CodedError && error.code === 'HOLIDAY_CALENDAR_UNCHANGED')) throw error;
    }
  }
  return published;
}
