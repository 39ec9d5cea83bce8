import { readFileSync } from 'node:fs';
import { verifyDistrictCheckpoint, type SignedDistrictCheckpoint } from '@tongxin/audit';
import { notACheckpoint, readSignedCheckpoint } from './signed-checkpoint-file.js';

/** Offline check of a signed district checkpoint: signature under the trusted key, and the root over the listed communities. */
export function verifyDistrictCommand(
  options: { readonly file?: string; readonly publicKey?: string },
  print: (line: string) => void,
): number {
  if (!options.file || !options.publicKey) {
    print(
      'verify-district needs --file <district-checkpoint.json> --public-key <trusted key file: Ed25519 PEM or SM2 hex>',
    );
    return 1;
  }
  // The answer of POST districts/{d}/audit/checkpoints as saved ({checkpoint, position}), or its checkpoint.
  const checkpoint = readSignedCheckpoint<SignedDistrictCheckpoint>(options.file, [
    'districtId',
    'algorithm',
    'rootHash',
    'communities',
    'sealedAt',
  ]);
  if (!checkpoint) {
    print(notACheckpoint(options.file, 'POST districts/{d}/audit/checkpoints'));
    return 1;
  }
  const result = verifyDistrictCheckpoint(checkpoint, readFileSync(options.publicKey, 'utf8'));
  if (!result.ok) {
    print(
      `校验失败 / NOT verified: ${result.problem === 'signature' ? 'the signature does not verify under the trusted key' : 'the root is not the root of the listed communities'}`,
    );
    return 2;
  }
  print(
    `校验通过 / verified: district ${checkpoint.districtId}, ${checkpoint.communities.length} communities, ${checkpoint.signatureAlgorithm} signature, root ${checkpoint.rootHash}`,
  );
  return 0;
}
