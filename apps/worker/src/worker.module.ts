import { Module, type DynamicModule } from '@nestjs/common';
import type { Environment } from '@tongxin/config';
import { PlatformModule } from '@tongxin/platform';
import { WorkerService } from './worker.service.js';

@Module({})
export class WorkerModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ environment, app: 'worker' })],
      providers: [WorkerService],
    };
  }
}
