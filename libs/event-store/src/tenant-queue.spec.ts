import { TenantQueue } from './tenant-queue.js';

describe('tenant queue', () => {
  it("runs one tenant's work in order, other tenants' alongside, and survives a failure", async () => {
    const queue = new TenantQueue();
    const log: string[] = [];
    const work =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run('a', work('a1', 20, true)),
      queue.run('a', work('a2', 1)),
      queue.run('b', work('b1', 5)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });
});
