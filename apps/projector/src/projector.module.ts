import { Module, type DynamicModule } from '@nestjs/common';
import type { Environment } from '@tongxin/config';
import { PlatformModule } from '@tongxin/platform';
import { ProjectorService } from './projector.service.js';

@Module({})
export class ProjectorModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [PlatformModule.forRoot({ environment, app: 'projector' })],
      providers: [ProjectorService],
    };
  }
}
