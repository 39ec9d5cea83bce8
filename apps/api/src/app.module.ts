import { Module, type DynamicModule } from '@nestjs/common';
import type pg from 'pg';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import {
  COMMAND_EXECUTOR,
  CommandExecutor,
  type PiiCodec,
  CommunityCommandHandler,
  GetCommunityRecordHandler,
  GetStructureHandler,
  RECORD_EVENT_STORE,
  RECORD_PII_CODEC,
  COMMAND_CLOCK,
  RegistryCommandHandler,
} from '@tongxin/application';
import { EventStoreHolidayCalendars, HOLIDAY_CALENDARS, HolidayCalendarCommandHandler } from '@tongxin/application';
import type { Environment } from '@tongxin/config';
import type { EventStore } from '@tongxin/event-store';
import type { Clock, IdGenerator } from '@tongxin/kernel';
import {
  CLOCK,
  CodedErrorFilter,
  EVENT_STORE,
  ID_GENERATOR,
  METRICS,
  MetricsServer,
  PG_POOL,
  PII_CODEC,
  PlatformModule,
  PostgresHealthIndicator,
  RedisHealthIndicator,
  strictValidationPipe,
  type Metrics,
} from '@tongxin/platform';
import { ProjectionRebuilds, ProjectionRebuildsController } from './admin/projection-rebuilds.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { DistrictAuditController } from './audit/district-audit.controller.js';
import { AuthModule } from './auth/auth.module.js';
import { MeController } from './auth/me.controller.js';
import { DemoSignInController } from './auth/demo-sign-in.controller.js';
import { DirectoryController } from './directory/directory.controller.js';
import { HealthController } from './health/health.controller.js';
import { RegistryController } from './registry/registry.controller.js';
import { RequestsController } from './requests/requests.controller.js';
import { KpisController } from './kpis/kpis.controller.js';
import { ImportScheduler, ImportsController } from './imports/imports.controller.js';
import { CommunityRecordsController } from './records/community-records.controller.js';
import { RecordListsController } from './records/record-lists.controller.js';
import { GovernanceRecordsController } from './records/governance-records.controller.js';
import { RecordCorrectionsController } from './records/record-corrections.controller.js';
import { StructureController } from './structure/structure.controller.js';
import { ReadViews } from './shared/read-views.js';
import { IdempotencyKeySupport } from './shared/command-headers.js';
import { HolidayCalendarController } from './calendar/holiday-calendar.controller.js';
import { ExportScheduler, ExportsController } from './exports/exports.controller.js';
import { QueueDashboard, QueueDashboardController } from './admin/queue-dashboard.js';
import { MetricsController } from './metrics/metrics.controller.js';

const COMMAND_HANDLERS = [RegistryCommandHandler, CommunityCommandHandler, HolidayCalendarCommandHandler];
const QUERY_HANDLERS = [GetCommunityRecordHandler, GetStructureHandler];

@Module({})
export class AppModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ environment, app: 'api' }), TerminusModule, CqrsModule.forRoot(), AuthModule],
      controllers: [
        HealthController,
        // /metrics on the api's own port, unless METRICS_PORT puts it on a port of its own (off the ingress).
        ...(environment.METRICS_PORT === undefined ? [MetricsController] : []),
        MeController,
        DemoSignInController,
        RegistryController,
        DirectoryController,
        AuditController,
        DistrictAuditController,
        RequestsController,
        CommunityRecordsController,
        RecordListsController,
        GovernanceRecordsController,
        RecordCorrectionsController,
        StructureController,
        KpisController,
        ImportsController,
        HolidayCalendarController,
        ExportsController,
        QueueDashboardController,
        ProjectionRebuildsController,
      ],
      providers: [
        PostgresHealthIndicator,
        ImportScheduler,
        ExportScheduler,
        QueueDashboard,
        ProjectionRebuilds,
        ReadViews,
        RedisHealthIndicator,
        {
          provide: MetricsServer,
          inject: [METRICS, PG_POOL],
          useFactory: (metrics: Metrics, pool: pg.Pool) =>
            new MetricsServer(metrics, environment.METRICS_PORT ?? null, { postgres: () => pool.query('select 1') }),
        },
        { provide: APP_FILTER, useClass: CodedErrorFilter },
        { provide: APP_PIPE, useFactory: strictValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyKeySupport },
        {
          provide: COMMAND_EXECUTOR,
          inject: [EVENT_STORE, CLOCK, ID_GENERATOR, PII_CODEC],
          useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, pii: PiiCodec | null) =>
            new CommandExecutor(store, clock, ids, pii),
        },
        { provide: COMMAND_CLOCK, useExisting: CLOCK },
        { provide: RECORD_EVENT_STORE, useExisting: EVENT_STORE },
        {
          provide: HOLIDAY_CALENDARS,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => new EventStoreHolidayCalendars(store),
        },
        { provide: RECORD_PII_CODEC, useExisting: PII_CODEC },
        ...COMMAND_HANDLERS,
        ...QUERY_HANDLERS,
      ],
    };
  }
}
