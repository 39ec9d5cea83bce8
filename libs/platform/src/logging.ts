import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplicationContext, LoggerService, LogLevel } from '@nestjs/common';
import { Logger, type Params } from 'nestjs-pino';
import pretty from 'pino-pretty';
import type { Options } from 'pino-http';
import { chooseLogFormat, type Environment, type LogFormat } from '@tongxin/config';

/**
 * Nest's own start-up chatter: a line per module, controller and route (some 200 for the api).
 * Logged at debug, so LOG_LEVEL=debug still shows the route table.
 */
export const STARTUP_CONTEXTS: ReadonlySet<string> = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
]);

/** The app's logger with Nest's start-up lines (STARTUP_CONTEXTS) moved down to debug. */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...optionalParams: unknown[]): void {
    // Nest passes the context last.
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) this.debug(message, ...optionalParams);
    else this.inner.log(message, ...optionalParams);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.error(message, ...optionalParams);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.warn(message, ...optionalParams);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.debug?.(message, ...optionalParams);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.verbose?.(message, ...optionalParams);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.fatal?.(message, ...optionalParams);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.inner.setLogLevels?.(levels);
  }
}

/** Every app's logger (api, projector, worker): pino through nestjs-pino, start-up chatter at debug. */
export function useAppLogger(app: INestApplicationContext): void {
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
}

const isHealthProbe = (req: IncomingMessage) => req.url?.startsWith('/health') ?? false;

/**
 * nestjs-pino's parameters: JSON lines (production, log collectors) or, for a person at a
 * terminal, pino-pretty lines such as `12:00:01 INFO api: GET /api/v1/... 200 (12 ms)`.
 */
export function loggerParams(
  environment: Environment,
  app: string,
  format: LogFormat = chooseLogFormat(environment, process.stdout.isTTY === true),
): Params {
  const options: Options = {
    level: environment.LOG_LEVEL,
    base: { app },
    autoLogging: environment.LOG_LEVEL !== 'silent',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  if (format === 'json') return { pinoHttp: options };
  const readable: Options = {
    ...options,
    // The supervisor polls the health probe while the api starts: not worth a line each.
    autoLogging: environment.LOG_LEVEL !== 'silent' && { ignore: isHealthProbe },
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, responseTime: number) =>
      `${req.method} ${req.url} ${res.statusCode} (${Math.round(responseTime)} ms)`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse, error: Error) =>
      `${req.method} ${req.url} ${res.statusCode}: ${error.message}`,
  };
  const stream = pretty({
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app,context,req,res,responseTime',
    messageFormat: '{app}{if context} [{context}]{end}: {msg}',
    singleLine: true,
    sync: true,
  });
  return { pinoHttp: [readable, stream] };
}
