import { readFileSync } from 'node:fs';
import { verifyDistrictCheckpoint, type SignedDistrictCheckpoint } from '@tongxin/audit';

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
  const checkpoint = JSON.parse(readFileSync(options.file, 'utf8')) as SignedDistrictCheckpoint;
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
