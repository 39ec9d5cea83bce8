import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { districtRoot, merkleRoot, signCheckpoint, signDistrictCheckpoint } from '@tongxin/audit';
import { computeEventHash, GENESIS_HASH, type EventEnvelope } from '@tongxin/event-store';
import type { TenantId } from '@tongxin/tenancy';
import { verifyDistrictCommand } from './verify-district.command.js';
import { verifyExportCommand } from './verify-export.command.js';

/** A community's history as the export endpoint writes it: one chained envelope per line. */
function history(n: number): EventEnvelope[] {
  const out: EventEnvelope[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const fields = {
      eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'WishPosted',
      schemaVersion: 1,
      tenantId: 'c-nanmen' as TenantId,
      tenantSequence: i,
      streamId: `wish-${i}`,
      streamVersion: 1,
      occurredAt: '2026-05-01T00:00:00.000Z',
      recordedAt: '2026-05-01T00:00:00.000Z',
      actor: { userId: 'u', role: 'party-member' },
      commandId: null,
      correlationId: `c-${i}`,
      causationId: null,
      data: { wish: `微心愿 ${i}` },
      prevHash,
    };
    const event = { ...fields, globalPosition: i * 10, hash: computeEventHash(fields, 'sha256') };
    out.push(event);
    prevHash = event.hash;
  }
  return out;
}

/** The output first: when the code is wrong, what the command said tells why. */
function expectOutcome(outcome: { code: number; output: string }, code: number, text: string): void {
  expect(outcome.output).toContain(text);
  expect(outcome.code).toBe(code);
}

/** The audit endpoints answer `{checkpoint, position}`; an auditor saves that answer and hands it to the cli as it is. */
describe('offline verifiers read the signed checkpoint the seal endpoints return', () => {
  const keys = generateKeyPairSync('ed25519');
  const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  let dir: string;
  const write = (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const run = async (command: () => Promise<number> | number, out: string[]) => ({
    code: await command(),
    output: out.join('\n'),
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tongxin-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('verify-export --checkpoint', () => {
    const events = history(5);
    const checkpoint = signCheckpoint(
      {
        tenantId: 'c-nanmen',
        treeSize: 4,
        rootHash: merkleRoot(
          'sha256',
          events.slice(0, 4).map((e) => Buffer.from(e.hash, 'hex')),
        ).toString('hex'),
        algorithm: 'sha256',
        sealedAt: '2026-05-02T00:00:00.000Z',
      },
      privateKey,
    );
    const verify = (checkpointFile: string) => {
      const out: string[] = [];
      return run(
        () =>
          verifyExportCommand(
            {
              file: write('history.ndjson', `${events.map((e) => JSON.stringify(e)).join('\n')}\n`),
              checkpoint: checkpointFile,
              publicKey: write('key.pem', keys.publicKey.export({ type: 'spki', format: 'pem' }).toString()),
            },
            (line) => out.push(line),
          ),
        out,
      );
    };

    it('accepts the answer of POST …/checkpoints as it is ({checkpoint, position})', async () => {
      expectOutcome(
        await verify(write('sealed.json', { checkpoint, position: 50 })),
        0,
        'checkpoint of 4 events signed and matching',
      );
    });

    it('still accepts the bare checkpoint', async () => {
      expectOutcome(
        await verify(write('checkpoint.json', checkpoint)),
        0,
        'checkpoint of 4 events signed and matching',
      );
    });

    it('says what it expected when the file is no signed checkpoint', async () => {
      expectOutcome(await verify(write('other.json', { position: 50 })), 1, 'is not a signed checkpoint');
    });
  });

  describe('verify-district --file', () => {
    const communities = [
      { communityId: 'c-fenghuang', treeSize: 12, rootHash: 'ab'.repeat(32), verified: true },
      { communityId: 'c-nanmen', treeSize: 7, rootHash: 'cd'.repeat(32), verified: true },
    ];
    const checkpoint = signDistrictCheckpoint(
      {
        districtId: 'd-wuping',
        algorithm: 'sha256',
        rootHash: districtRoot('sha256', communities),
        communities,
        sealedAt: '2026-05-02T00:00:00.000Z',
      },
      privateKey,
    );
    const verify = (file: string) => {
      const out: string[] = [];
      return run(
        () =>
          verifyDistrictCommand(
            {
              file,
              publicKey: write('key.pem', keys.publicKey.export({ type: 'spki', format: 'pem' }).toString()),
            },
            (line) => out.push(line),
          ),
        out,
      );
    };

    it('accepts the answer of POST districts/{d}/audit/checkpoints as it is, and the bare checkpoint', async () => {
      for (const content of [{ checkpoint, position: 9 }, checkpoint]) {
        expectOutcome(await verify(write('district.json', content)), 0, 'verified: district d-wuping, 2 communities');
      }
    });
  });
});
