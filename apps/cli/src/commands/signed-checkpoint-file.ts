import { readFileSync } from 'node:fs';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A signed checkpoint saved by an auditor: the seal endpoints' answer as it is
 * (`{checkpoint, position}`), or the bare checkpoint taken out of it. Null when the file holds
 * neither (the fields the verifier needs are missing), so the command can say so instead of
 * reporting a bad signature.
 */
export function readSignedCheckpoint<T>(file: string, required: readonly (keyof T & string)[]): T | null {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const candidate = isRecord(parsed) && isRecord(parsed.checkpoint) ? parsed.checkpoint : parsed;
  if (!isRecord(candidate)) return null;
  const fields = [...required, 'signatureAlgorithm', 'signature', 'publicKey'];
  return fields.every((field) => candidate[field] !== undefined) ? (candidate as T) : null;
}

export const notACheckpoint = (file: string, endpoint: string): string =>
  `${file} 不是签名检查点 / is not a signed checkpoint: give the answer of ${endpoint} as it is, or its "checkpoint"`;
