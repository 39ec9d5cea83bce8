// The supervisor's restart policy (scripts/start.js), pure so that it is unit-tested
// (test/supervisor/restart-policy.spec.ts). An app that exits unexpectedly — a crash, a signal,
// even code 0 — is restarted with exponential backoff; a configuration error, which the apps
// report with exit code 78 (EX_CONFIG from sysexits.h), is not: restarting cannot fix it.

/** Exit code of an app whose configuration is invalid (the environment check before Nest starts). */
export const EX_CONFIG = 78;
/** First restart delay; doubled for each further quick failure, up to MAX_DELAY_MS. */
export const BASE_DELAY_MS = 500;
export const MAX_DELAY_MS = 30_000;
/** An app that ran this long before exiting is restarted as if it had never failed before. */
export const STABLE_AFTER_MS = 60_000;

/**
 * What to do when a supervised app exits.
 * @param {{ app: string, code: number | null, signal: string | null, uptimeMs: number, failures: number, shuttingDown: boolean }} exit
 *   `failures`: consecutive quick failures before this one (0 for the first exit).
 * @returns {{ restart: true, delayMs: number, failures: number, message: string } | { restart: false, message: string | null }}
 */
export function restartDecision({ app, code, signal, uptimeMs, failures, shuttingDown }) {
  if (shuttingDown) return { restart: false, message: null };
  if (code === EX_CONFIG)
    return {
      restart: false,
      message: `${app} exited with a configuration error (exit code ${EX_CONFIG}, EX_CONFIG); not restarting — fix the configuration reported above and start again`,
    };
  const streak = uptimeMs >= STABLE_AFTER_MS ? 1 : failures + 1;
  const delayMs = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(streak - 1, 16));
  return {
    restart: true,
    delayMs,
    failures: streak,
    message: `${app} exited unexpectedly (${signal ?? `exit code ${code}`}); restarting in ${delayMs} ms${streak > 1 ? ` (failure ${streak} in a row)` : ''}`,
  };
}
