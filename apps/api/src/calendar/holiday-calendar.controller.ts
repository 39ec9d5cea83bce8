import { ApiTags } from '@nestjs/swagger';
import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import {
  HOLIDAY_CALENDARS,
  PublishHolidayCalendarMessage,
  type CommandContext,
  type CommandOutcome,
  type HolidayCalendarSource,
} from '@tongxin/application';
import { Access, ALL_ROLES, onPlatform, onSelf } from '@tongxin/auth';
import { WORKING_HOURS } from '@tongxin/domain';
import { CodedError } from '@tongxin/kernel';
import { CommandHeaders, sendOutcome, withActor } from '../shared/command-headers.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CalendarDayDto {
  @Matches(DATE, { message: 'date 应为 YYYY-MM-DD / date must be YYYY-MM-DD' })
  date!: string;

  @IsString()
  @Length(1, 50, { message: 'name 长度应为 1–50 个字符 / name must be 1-50 characters' })
  name!: string;
}

export class CalendarSourceDto {
  @IsString()
  @Length(4, 200, { message: 'source.title 应注明来源通知 / source.title must name the notice' })
  title!: string;

  @IsOptional()
  @IsString()
  @Length(2, 60)
  documentNumber?: string;

  @IsOptional()
  @IsUrl({ require_tld: false }, { message: 'source.url 应为网址 / source.url must be a URL' })
  url?: string;

  @IsOptional()
  @Matches(DATE, { message: 'source.publishedOn 应为 YYYY-MM-DD' })
  publishedOn?: string;
}

@JSONSchema({
  description: '发布某年节假日安排（放假与调休上班），注明来源通知；再次发布同一年即为新版本',
  example: {
    year: 2026,
    holidays: [
      { date: '2026-10-01', name: '国庆节' },
      { date: '2026-10-02', name: '国庆节' },
    ],
    workdays: [
      { date: '2026-09-20', name: '国庆节' },
      { date: '2026-10-10', name: '国庆节' },
    ],
    source: { title: '国务院办公厅关于2026年部分节假日安排的通知', publishedOn: '2025-11-04' },
  },
})
export class PublishHolidayCalendarDto {
  @IsInt({ message: 'year 应为年份 / year must be a year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  holidays!: CalendarDayDto[];

  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  workdays!: CalendarDayDto[];

  @ValidateNested()
  @Type(() => CalendarSourceDto)
  source!: CalendarSourceDto;
}

export class CalendarVersionQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version 应为整数 / version must be an integer' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'version 超出范围 / version is out of range' })
  version?: number;
}

// eslint-disable-next-line no-useless-assignment -- used in @Param below; the rule does not see decorators
const yearPipe = new ParseIntPipe({
  exceptionFactory: () =>
    new CodedError(
      'HOLIDAY_CALENDAR_NOT_FOUND',
      'not-found',
      '该年节假日安排尚未发布',
      'No calendar published for that year',
    ),
});

/** 节假日安排: public reference data every signed-in user may read; only the platform administrator publishes. */
@ApiTags('节假日安排（工作时间）')
@Controller('api/v1/platform/holiday-calendars')
export class HolidayCalendarController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(HOLIDAY_CALENDARS) private readonly calendars: HolidayCalendarSource,
  ) {}

  @Post()
  @Access(['platform-admin'], onPlatform)
  async publish(
    @Body() body: PublishHolidayCalendarDto,
    @CommandHeaders() headers: Omit<CommandContext, 'actor'>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute<PublishHolidayCalendarMessage, CommandOutcome>(
      new PublishHolidayCalendarMessage(
        {
          kind: 'PublishHolidayCalendar',
          year: body.year,
          holidays: body.holidays.map((d) => ({ ...d })),
          workdays: body.workdays.map((d) => ({ ...d })),
          source: { ...body.source },
        },
        withActor(headers),
      ),
    );
    const versions = (await this.calendars.state()).years.get(body.year) ?? [];
    return { ...sendOutcome(response, outcome), year: body.year, version: versions.at(-1)?.version ?? null };
  }

  /** Each year published, its latest version and the notice it comes from. */
  @Get()
  @Access(ALL_ROLES, onSelf)
  async list() {
    const state = await this.calendars.state();
    return {
      workingHours: WORKING_HOURS,
      years: [...state.years.values()]
        .map((versions) => {
          const latest = versions.at(-1) as NonNullable<ReturnType<typeof versions.at>>;
          return {
            year: latest.year,
            version: latest.version,
            holidays: latest.holidays.length,
            workdays: latest.workdays.length,
            source: latest.source,
          };
        })
        .sort((a, b) => a.year - b.year),
    };
  }

  @Get(':year')
  @Access(ALL_ROLES, onSelf)
  async get(@Param('year', yearPipe) year: number, @Query() query: CalendarVersionQuery) {
    const versions = (await this.calendars.state()).years.get(year) ?? [];
    const chosen = query.version === undefined ? versions.at(-1) : versions.find((v) => v.version === query.version);
    if (!chosen)
      throw new CodedError(
        'HOLIDAY_CALENDAR_NOT_FOUND',
        'not-found',
        '该年节假日安排尚未发布',
        'No calendar published for that year (or version)',
        { year },
      );
    return { ...chosen, versions: versions.map((v) => v.version), workingHours: WORKING_HOURS };
  }
}
