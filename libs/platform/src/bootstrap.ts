import { ConfigValidationError, validateEnvironment, type Environment } from '@tongxin/config';

/**
 * Exit code of a configuration error (EX_CONFIG in sysexits.h): the supervisor (scripts/start.js)
 * restarts an app that exits with anything else, but not this — a restart cannot fix it.
 */
export const EXIT_CONFIG_ERROR = 78;

/** Reports a configuration problem and exits with EXIT_CONFIG_ERROR. */
export function exitWithConfigError(app: string, message: string): never {
  process.stderr.write(`[tongxin-${app}] ${message}\n`);
  process.exit(EXIT_CONFIG_ERROR);
}

/**
 * Validates the environment before Nest starts; a bad configuration prints one line per
 * problem and exits with EXIT_CONFIG_ERROR instead of failing later with a stack trace.
 */
export function environmentOrExit(app: string): Environment {
  try {
    return validateEnvironment(process.env, { tokens: app === 'api', pii: app === 'api' || app === 'worker' });
  } catch (error) {
    if (error instanceof ConfigValidationError) exitWithConfigError(app, error.message);
    throw error;
  }
}
