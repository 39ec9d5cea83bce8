import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { MerkleAccumulator, verifyCheckpoint, type SignedCheckpoint } from '@tongxin/audit';
import { ChainVerifier, toHashAlgorithm, type EventEnvelope } from '@tongxin/event-store';
import { notACheckpoint, readSignedCheckpoint } from './signed-checkpoint-file.js';

export interface VerifyExportOptions {
  readonly file?: string;
  readonly checkpoint?: string;
  readonly publicKey?: string;
  readonly algorithm?: string;
}

/**
 * Offline check of an exported history (NDJSON), no database: recomputes every hash and the
 * chain line by line, and, given a signed checkpoint and the trusted public key, checks the
 * signature and that the file's first treeSize events have the checkpoint's Merkle root.
 * Exit code 0 when everything holds, 2 when something does not.
 */
export async function verifyExportCommand(
  options: VerifyExportOptions,
  print: (line: string) => void,
): Promise<number> {
  if (!options.file) {
    print(
      'verify-export needs --file <history.ndjson> [--checkpoint <signed.json> --public-key <pem file>] [--algorithm sha256|sm3]',
    );
    return 1;
  }
  // The answer of POST communities/{c}/checkpoints as saved ({checkpoint, position}), or its checkpoint.
  const checkpoint = options.checkpoint
    ? readSignedCheckpoint<SignedCheckpoint>(options.checkpoint, [
        'tenantId',
        'treeSize',
        'rootHash',
        'algorithm',
        'sealedAt',
      ])
    : null;
  if (options.checkpoint && !checkpoint) {
    print(notACheckpoint(options.checkpoint, 'POST communities/{c}/checkpoints'));
    return 1;
  }
  if (checkpoint && !options.publicKey) {
    print('a checkpoint is only as good as the key it is checked with: give --public-key <trusted pem file>');
    return 1;
  }
  if (checkpoint && !verifyCheckpoint(checkpoint, readFileSync(options.publicKey as string, 'utf8'))) {
    print('校验失败 / NOT verified: the checkpoint signature does not verify under the trusted key');
    return 2;
  }
  const algorithm = toHashAlgorithm(checkpoint?.algorithm ?? options.algorithm ?? 'sha256');
  const verifier = new ChainVerifier(null, algorithm, false);
  // The checkpointed prefix's Merkle root is accumulated as the file streams by: O(log n) memory.
  const leaves = new MerkleAccumulator(algorithm);
  const lines = createInterface({ input: createReadStream(options.file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as EventEnvelope;
    if (checkpoint && leaves.size < checkpoint.treeSize) leaves.push(Buffer.from(event.hash, 'hex'));
    if (!verifier.push(event)) break;
  }
  const result = verifier.finish();
  print(JSON.stringify(result, null, 2));
  if (!result.ok) {
    print(
      `校验失败 / NOT verified: ${result.firstBad.problem} at tenant sequence ${result.firstBad.tenantSequence} (${result.firstBad.detail})`,
    );
    return 2;
  }
  if (checkpoint) {
    const root = leaves.size === checkpoint.treeSize ? leaves.root().toString('hex') : null;
    if (root !== checkpoint.rootHash) {
      print(
        `校验失败 / NOT verified: the file's first ${checkpoint.treeSize} events do not have the checkpoint's Merkle root`,
      );
      return 2;
    }
  }
  print(
    `校验通过 / verified: ${result.eventCount} events${checkpoint ? `, checkpoint of ${checkpoint.treeSize} events signed and matching` : ''}`,
  );
  return 0;
}
