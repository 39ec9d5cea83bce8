import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import type { Environment } from '@tongxin/config';
import { CodedErrorFilter, PlatformModule, PostgresHealthIndicator, RedisHealthIndicator } from '@tongxin/platform';
import { HealthController } from './health/health.controller.js';

@Module({})
export class AppModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ environment, app: 'api' }), TerminusModule],
      controllers: [HealthController],
      providers: [PostgresHealthIndicator, RedisHealthIndicator, { provide: APP_FILTER, useClass: CodedErrorFilter }],
    };
  }
}
