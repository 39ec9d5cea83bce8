import type { Environment } from './environment.js';

export type LogFormat = 'pretty' | 'json';

/**
 * How the apps write their logs. LOG_FORMAT when given; else JSON in production (one object a
 * line, for the log collector), pretty lines in development (a person runs `npm start`), and
 * elsewhere (tests) pretty only when stdout is a terminal.
 */
export function chooseLogFormat(
  environment: Pick<Environment, 'NODE_ENV'> & { readonly LOG_FORMAT?: LogFormat | undefined },
  stdoutIsTty: boolean,
): LogFormat {
  if (environment.LOG_FORMAT) return environment.LOG_FORMAT;
  if (environment.NODE_ENV === 'production') return 'json';
  if (environment.NODE_ENV === 'development') return 'pretty';
  return stdoutIsTty ? 'pretty' : 'json';
}
