import { EX_CONFIG, MAX_DELAY_MS, STABLE_AFTER_MS, restartDecision } from '../../scripts/restart-policy.js';

const exit = (overrides: Partial<Parameters<typeof restartDecision>[0]> = {}) =>
  restartDecision({
    app: 'api',
    code: 1,
    signal: null,
    uptimeMs: 5_000,
    failures: 0,
    shuttingDown: false,
    ...overrides,
  });

describe('supervisor restart policy (scripts/start.js)', () => {
  it('restarts an app that crashed, even on its first exit with code 1', () => {
    expect(exit()).toMatchObject({ restart: true, delayMs: 500, failures: 1 });
    expect(exit().message).toContain('api exited unexpectedly (exit code 1); restarting in 500 ms');
  });

  it('restarts an app killed by a signal or that exited 0 while nobody asked it to stop', () => {
    expect(exit({ code: null, signal: 'SIGKILL' })).toMatchObject({ restart: true, delayMs: 500 });
    expect(exit({ code: null, signal: 'SIGKILL' }).message).toContain('(SIGKILL)');
    expect(exit({ code: 0 })).toMatchObject({ restart: true });
  });

  it('backs off exponentially on quick failures in a row, up to 30 s', () => {
    const delays: number[] = [];
    let failures = 0;
    for (let i = 0; i < 10; i += 1) {
      const decision = exit({ failures, uptimeMs: 200 });
      if (!decision.restart) throw new Error('expected a restart');
      delays.push(decision.delayMs);
      failures = decision.failures;
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
    expect(Math.max(...delays)).toBe(MAX_DELAY_MS);
  });

  it('forgets earlier failures once an app ran stably: a crash after an hour restarts quickly', () => {
    expect(exit({ failures: 6, uptimeMs: STABLE_AFTER_MS })).toMatchObject({
      restart: true,
      delayMs: 500,
      failures: 1,
    });
  });

  it('does not restart a configuration error (exit code 78, EX_CONFIG) and says so', () => {
    expect(EX_CONFIG).toBe(78);
    const decision = exit({ app: 'worker', code: EX_CONFIG, failures: 3 });
    expect(decision.restart).toBe(false);
    expect(decision.message).toBe(
      'worker exited with a configuration error (exit code 78, EX_CONFIG); not restarting — fix the configuration reported above and start again',
    );
  });

  it('does nothing while the supervisor itself is shutting down', () => {
    expect(exit({ shuttingDown: true, code: null, signal: 'SIGTERM' })).toEqual({ restart: false, message: null });
  });
});
