/**
 * Runs work for one tenant after the previous work for that tenant has settled. The stores use
 * it so that one process's appends to a tenant do not race each other for the chain head.
 */
export class TenantQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(tenantId) ?? Promise.resolve();
    const mine = previous.then(work);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(tenantId, settled);
    void settled.then(() => {
      if (this.tails.get(tenantId) === settled) this.tails.delete(tenantId);
    });
    return mine;
  }
}
