import { randomUUID } from 'node:crypto';
import type { AppendMetadata, NewEvent } from '@tongxin/event-store';

export const testActor = { userId: 'u-test', role: 'community-staff' } as const;

export function metadata(overrides: Partial<AppendMetadata> = {}): AppendMetadata {
  return { actor: testActor, ...overrides };
}

/** A plausible governance event: a resident request raised in 凤凰社区. */
export function requestRaised(overrides: Partial<NewEvent> = {}, data: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'RequestRaised',
    schemaVersion: 1,
    occurredAt: '2026-11-20T11:00:00.000Z',
    data: { channel: '收件箱', category: '路灯', description: '3栋路灯不亮', ...data },
    ...overrides,
  };
}

export function events(count: number, data: Record<string, unknown> = {}): NewEvent[] {
  return Array.from({ length: count }, (_, i) => requestRaised({}, { n: i, ...data }));
}
