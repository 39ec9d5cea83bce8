import { ConfigValidationError, validateEnvironment, type Environment } from '@tongxin/config';

/**
 * Validates the environment before Nest starts; a bad configuration prints one line per
 * problem and exits non-zero instead of failing later with a stack trace.
 */
export function environmentOrExit(app: string): Environment {
  try {
    return validateEnvironment(process.env, { tokens: app === 'api', pii: app === 'api' || app === 'worker' });
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`[tongxin-${app}] ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
