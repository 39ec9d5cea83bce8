import { ANY, NO_STREAM } from '@kurrent/kurrentdb-client';
import type { EventEnvelope, TenantId } from '@tongxin/kernel';
import { chainStreamName, fromRecorded, parseStreamName, tenantStreamPrefix, toEventData, toGlobalPosition, toStreamName, toStreamState, versionOfRevision } from './mapping.js';

const tenant = 'c-fenghuang' as TenantId;
const envelope: EventEnvelope = {
  eventId: '00000000-0000-4000-8000-000000000007',
  type: 'RequestResolved',
  schemaVersion: 1,
  tenantId: tenant,
  tenantSequence: 42,
  streamId: 'request-9f1c.v2',
  streamVersion: 4,
  globalPosition: 0,
  occurredAt: '2026-03-01T02:00:00.000Z',
  recordedAt: '2026-03-01T02:05:00.000Z',
  actor: { userId: 'member-3', role: 'party-member' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: null,
  data: { note: '已更换灯泡' },
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

describe('KurrentDB mapping', () => {
  it('names streams per tenant and parses them back, dots in stream ids included', () => {
    expect(toStreamName(tenant, 'request-9f1c.v2')).toBe('tenant-c-fenghuang.request-9f1c.v2');
    expect(parseStreamName('tenant-c-fenghuang.request-9f1c.v2')).toEqual({ tenantId: 'c-fenghuang', streamId: 'request-9f1c.v2' });
    expect(parseStreamName('tongxin-chain.c-fenghuang')).toBeNull();
    expect(parseStreamName('tenant-.x')).toBeNull();
    expect(parseStreamName('tenant-Bad Id.x')).toBeNull();
  });

  it('gives each tenant a prefix no other tenant shares', () => {
    expect(toStreamName('c-ab' as TenantId, 'x').startsWith(tenantStreamPrefix('c-a' as TenantId))).toBe(false);
    expect(chainStreamName(tenant)).toBe('tongxin-chain.c-fenghuang');
  });

  it('maps expected versions to 0-based revisions', () => {
    expect(toStreamState(0)).toBe(NO_STREAM);
    expect(toStreamState(3)).toBe(2n);
    expect(toStreamState('any')).toBe(ANY);
    expect(versionOfRevision(2n)).toBe(3);
  });

  it('carries the envelope through event data and string-only metadata and back', () => {
    const data = toEventData(envelope);
    expect(data).toMatchObject({ id: envelope.eventId, type: 'RequestResolved', contentType: 'application/json', data: { note: '已更换灯泡' } });
    expect(Object.values(data.metadata as object).every((v) => typeof v === 'string')).toBe(true);
    expect((data.metadata as Record<string, string>).$correlationId).toBe('corr-1');
    const back = fromRecorded({ streamId: 'tenant-c-fenghuang.request-9f1c.v2', id: data.id, type: data.type, data: data.data, metadata: data.metadata, commitPosition: 1234n });
    expect(back).toEqual({ ...envelope, globalPosition: 1234 });
  });

  it('ignores foreign events and refuses an envelope filed under another tenant\'s stream', () => {
    const data = toEventData(envelope);
    expect(fromRecorded({ streamId: '$stats', id: 'x', type: '$statsCollected', data: {}, metadata: undefined })).toBeNull();
    expect(fromRecorded({ streamId: 'tenant-c-nanmen.request-1', id: data.id, type: data.type, data: data.data, metadata: data.metadata })).toBeNull();
  });

  it('refuses commit positions beyond what a number holds exactly', () => {
    expect(toGlobalPosition(9007199254740991n)).toBe(9007199254740991);
    expect(() => toGlobalPosition(9007199254740992n)).toThrow(RangeError);
  });
});
