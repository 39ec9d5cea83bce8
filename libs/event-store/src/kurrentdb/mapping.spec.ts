import { NO_STREAM, START } from '@kurrent/kurrentdb-client';
import type { EventEnvelope } from '@tongxin/kernel';
import { allTenantsScope, tenantScope, toTenantId } from '@tongxin/tenancy';
import {
  chainStreamName,
  commandStreamName,
  fromChainRecord,
  fromCommandRecord,
  fromRecordedEvent,
  parseStreamName,
  streamPrefixesOf,
  tenantStreamPrefix,
  toChainRecord,
  toCommandRecord,
  toEventData,
  toExpectedState,
  toGlobalPosition,
  toReadPosition,
  toStreamName,
  versionOfState,
} from './mapping.js';

const tenant = toTenantId('c-fenghuang');
const envelope: EventEnvelope = {
  eventId: '00000000-0000-4000-8000-000000000007',
  type: 'RequestResolved',
  schemaVersion: 2,
  tenantId: tenant,
  tenantSequence: 42,
  streamId: 'request-9f1c.v2',
  streamVersion: 4,
  globalPosition: 1234,
  occurredAt: '2026-03-01T02:00:00.000Z',
  recordedAt: '2026-03-01T02:05:00.000Z',
  actor: { userId: 'member-3', role: 'party-member' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  data: { note: '已更换灯泡' },
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

/** What the server hands back for an event written with toEventData: our properties plus its own `$schema.*` keys. */
function recorded(data = toEventData(envelope), streamId = toStreamName(tenant, envelope.streamId)) {
  return {
    streamId,
    id: data.id,
    type: data.type,
    data: data.data,
    metadata: { ...(data.metadata as object), '$schema.data-format': 'Json', '$schema.name': data.type },
    position: { commit: 1234n, prepare: 1234n },
  };
}

describe('KurrentDB mapping', () => {
  describe('stream names', () => {
    it('puts the tenant first and parses it back, even when tenant and stream ids contain dashes and dots', () => {
      expect(toStreamName(tenant, 'request-9f1c.v2')).toBe('tenant-c-fenghuang.request-9f1c.v2');
      expect(parseStreamName('tenant-c-fenghuang.request-9f1c.v2')).toEqual({
        tenantId: 'c-fenghuang',
        streamId: 'request-9f1c.v2',
      });
      expect(parseStreamName(toStreamName(toTenantId('a-b_c'), 'x.y-z'))).toEqual({
        tenantId: 'a-b_c',
        streamId: 'x.y-z',
      });
    });

    it('treats streams that are not tenant streams as foreign', () => {
      for (const name of [
        'tongxin-chain-c-fenghuang',
        '$stats-127.0.0.1:2113',
        'tenant-c-fenghuang',
        'tenant-c-fenghuang.',
        'tenant-.x',
        'tenant-Bad Id.x',
      ]) {
        expect(parseStreamName(name)).toBeNull();
      }
    });

    it('gives each tenant a prefix no other tenant shares, and all tenants one prefix', () => {
      expect(toStreamName(toTenantId('c-ab'), 'x').startsWith(tenantStreamPrefix(toTenantId('c-a')))).toBe(false);
      expect(streamPrefixesOf(tenantScope('c-a', 'c-b'))).toEqual(['tenant-c-a.', 'tenant-c-b.']);
      expect(streamPrefixesOf(allTenantsScope('projector'))).toEqual(['tenant-']);
    });

    it('keeps chain and command streams outside every tenant prefix', () => {
      expect(chainStreamName(tenant)).toBe('tongxin-chain-c-fenghuang');
      expect(commandStreamName(tenant, 'cmd-1')).toBe('tongxin-command-c-fenghuang.cmd-1');
      expect(chainStreamName(tenant).startsWith('tenant-')).toBe(false);
      expect(commandStreamName(tenant, 'x').startsWith('tenant-')).toBe(false);
    });
  });

  describe('versions and positions', () => {
    it('maps our 1-based versions to 0-based revisions, 0 to no stream', () => {
      expect(toExpectedState(0)).toBe(NO_STREAM);
      expect(toExpectedState(1)).toBe(0n);
      expect(toExpectedState(3)).toBe(2n);
      expect(versionOfState(NO_STREAM)).toBe(0);
      expect(versionOfState(2n)).toBe(3);
      expect(versionOfState(-5n)).toBe(0);
    });

    it('maps $all commit positions to numbers only while they are exact', () => {
      expect(toGlobalPosition(9_007_199_254_740_991n)).toBe(Number.MAX_SAFE_INTEGER);
      expect(() => toGlobalPosition(9_007_199_254_740_992n)).toThrow(
        expect.objectContaining({ code: 'INVALID_GLOBAL_POSITION' }),
      );
    });

    it('reads from the start for 0, else from the event at that position', () => {
      expect(toReadPosition(0)).toBe(START);
      expect(toReadPosition(1234)).toEqual({ commit: 1234n, prepare: 1234n });
      expect(() => toReadPosition(-1)).toThrow(expect.objectContaining({ code: 'INVALID_GLOBAL_POSITION' }));
      expect(() => toReadPosition(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_GLOBAL_POSITION' }));
    });
  });

  describe('envelopes', () => {
    it('writes the data as data and the rest of the envelope as string-only metadata', () => {
      const data = toEventData(envelope);
      expect(data).toMatchObject({
        id: envelope.eventId,
        type: 'RequestResolved',
        contentType: 'application/json',
        data: { note: '已更换灯泡' },
      });
      expect(data.metadata).toEqual({
        tenantId: 'c-fenghuang',
        tenantSequence: '42',
        streamVersion: '4',
        schemaVersion: '2',
        occurredAt: envelope.occurredAt,
        recordedAt: envelope.recordedAt,
        actor: '{"userId":"member-3","role":"party-member"}',
        commandId: 'cmd-1',
        correlationId: 'corr-1',
        $correlationId: 'corr-1',
        causationId: 'cause-1',
        $causationId: 'cause-1',
        prevHash: envelope.prevHash,
        hash: envelope.hash,
      });
    });

    it('reads back exactly the envelope it wrote, absent optional ids included', () => {
      expect(fromRecordedEvent(recorded())).toEqual(envelope);
      const bare = { ...envelope, commandId: null, causationId: null };
      const data = toEventData(bare);
      expect(Object.keys(data.metadata as object)).not.toEqual(
        expect.arrayContaining(['commandId', 'causationId', '$causationId']),
      );
      expect(fromRecordedEvent(recorded(data))).toEqual(bare);
    });

    it('skips foreign streams and server events, and refuses tenant-stream events it cannot read', () => {
      expect(fromRecordedEvent({ ...recorded(), streamId: '$stats-node' })).toBeNull();
      expect(fromRecordedEvent({ ...recorded(), type: '$streamDeleted' })).toBeNull();
      const unreadable = expect.objectContaining({ code: 'EVENT_RECORD_UNREADABLE' });
      expect(() => fromRecordedEvent({ ...recorded(), metadata: undefined })).toThrow(unreadable);
      expect(() =>
        fromRecordedEvent({ ...recorded(), metadata: { ...recorded().metadata, tenantSequence: '4.2' } }),
      ).toThrow(unreadable);
      expect(() =>
        fromRecordedEvent({ ...recorded(), metadata: { ...recorded().metadata, actor: '{"userId":1}' } }),
      ).toThrow(unreadable);
      const { position: _omitted, ...withoutPosition } = recorded();
      expect(() => fromRecordedEvent(withoutPosition)).toThrow(unreadable);
    });

    it("refuses an envelope filed under another tenant's stream", () => {
      expect(() => fromRecordedEvent(recorded(toEventData(envelope), 'tenant-c-nanmen.request-9f1c.v2'))).toThrow(
        expect.objectContaining({ code: 'EVENT_RECORD_UNREADABLE' }),
      );
    });
  });

  describe('chain and command records', () => {
    it('round-trips the chain head and refuses anything else', () => {
      const head = { algorithm: 'sm3' as const, lastSequence: 7, lastHash: 'c'.repeat(64) };
      const record = toChainRecord(head);
      expect(fromChainRecord('tongxin-chain-c-fenghuang', record)).toEqual(head);
      expect(() => fromChainRecord('tongxin-chain-c-fenghuang', { id: record.id, data: { lastSequence: 0 } })).toThrow(
        expect.objectContaining({ code: 'EVENT_RECORD_UNREADABLE' }),
      );
    });

    it('round-trips where a command put its events', () => {
      const writes = [{ streamId: 'wish-2', firstVersion: 1, eventCount: 2 }];
      const record = toCommandRecord(writes);
      expect(fromCommandRecord('tongxin-command-c-fenghuang.cmd-1', record)).toEqual(writes);
      expect(() => fromCommandRecord('x', { id: record.id, data: { writes: [] } })).toThrow(
        expect.objectContaining({ code: 'EVENT_RECORD_UNREADABLE' }),
      );
    });
  });
});
