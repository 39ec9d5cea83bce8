import type { LoggerService } from '@nestjs/common';
import { validateEnvironment } from '@tongxin/config';
import { loggerParams, QuietStartupLogger } from './logging.js';

describe('app logging', () => {
  const environment = (raw: Record<string, string> = {}) =>
    validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', LOG_LEVEL: 'info', ...raw }, {});

  it("moves Nest's per-module and per-route start-up lines to debug and keeps everything else", () => {
    const calls: string[] = [];
    const record =
      (level: string) =>
      (message: unknown, ...params: unknown[]) =>
        void calls.push(`${level} ${String(message)} ${params.join(',')}`);
    const inner: LoggerService = {
      log: record('info'),
      error: record('error'),
      warn: record('warn'),
      debug: record('debug'),
    };
    const logger = new QuietStartupLogger(inner);
    logger.log('Mapped {/health/live, GET} route', 'RouterExplorer');
    logger.log('HealthController {/health}:', 'RoutesResolver');
    logger.log('PlatformModule dependencies initialized', 'InstanceLoader');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.log('projector running 3 projection(s)', 'ProjectorService');
    logger.warn('idle connection lost', 'PostgreSQL');
    expect(calls).toEqual([
      'debug Mapped {/health/live, GET} route RouterExplorer',
      'debug HealthController {/health}: RoutesResolver',
      'debug PlatformModule dependencies initialized InstanceLoader',
      'info Nest application successfully started NestApplication',
      'info projector running 3 projection(s) ProjectorService',
      'warn idle connection lost PostgreSQL',
    ]);
  });

  it('writes JSON objects unless the format is pretty, then through pino-pretty', () => {
    const json = loggerParams(environment(), 'api', 'json');
    expect(json.pinoHttp).toMatchObject({ level: 'info', base: { app: 'api' }, autoLogging: true });
    const pretty = loggerParams(environment(), 'api', 'pretty').pinoHttp;
    expect(Array.isArray(pretty)).toBe(true);
    const [options, stream] = pretty as [Record<string, unknown>, { write: unknown }];
    expect(options).toMatchObject({ level: 'info', base: { app: 'api' } });
    expect(typeof stream.write).toBe('function');
  });

  it('chooses from the configuration when not told: JSON in production, pretty in development', () => {
    expect(Array.isArray(loggerParams(environment({ NODE_ENV: 'production' }), 'api').pinoHttp)).toBe(false);
    expect(Array.isArray(loggerParams(environment({ NODE_ENV: 'development' }), 'api').pinoHttp)).toBe(true);
    expect(
      Array.isArray(loggerParams(environment({ NODE_ENV: 'development', LOG_FORMAT: 'json' }), 'api').pinoHttp),
    ).toBe(false);
  });
});
