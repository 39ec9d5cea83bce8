import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { COMMAND_EXECUTOR, CommandExecutor, CommunityCommandHandler, GetCommunityRecordHandler, GetStructureHandler, RECORD_EVENT_STORE, COMMAND_CLOCK, RegistryCommandHandler } from '@tongxin/application';
import type { Environment } from '@tongxin/config';
import type { EventStore } from '@tongxin/event-store';
import type { Clock, IdGenerator } from '@tongxin/kernel';
import { CLOCK, CodedErrorFilter, EVENT_STORE, ID_GENERATOR, PlatformModule, PostgresHealthIndicator, RedisHealthIndicator, strictValidationPipe } from '@tongxin/platform';
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

const COMMAND_HANDLERS = [RegistryCommandHandler, CommunityCommandHandler];
const QUERY_HANDLERS = [GetCommunityRecordHandler, GetStructureHandler];

@Module({})
export class AppModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ environment, app: 'api' }), TerminusModule, CqrsModule.forRoot(), AuthModule],
      controllers: [HealthController, MeController, DemoSignInController, RegistryController, DirectoryController, AuditController, DistrictAuditController, RequestsController, CommunityRecordsController, RecordListsController, GovernanceRecordsController, RecordCorrectionsController, StructureController, KpisController, ImportsController],
      providers: [
        PostgresHealthIndicator,
        ImportScheduler,
        RedisHealthIndicator,
        { provide: APP_FILTER, useClass: CodedErrorFilter },
        { provide: APP_PIPE, useFactory: strictValidationPipe },
        {
          provide: COMMAND_EXECUTOR,
          inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
          useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new CommandExecutor(store, clock, ids),
        },
        { provide: COMMAND_CLOCK, useExisting: CLOCK },
        { provide: RECORD_EVENT_STORE, useExisting: EVENT_STORE },
        ...COMMAND_HANDLERS,
        ...QUERY_HANDLERS,
      ],
    };
  }
}
