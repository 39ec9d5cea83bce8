/**
 * The error vocabulary: every refusal the product can give has a stable code, a Chinese
 * message for users and an English twin for operators. One exception filter maps codes
 * to HTTP statuses; domain and adapter code never throws bare `Error`s at callers.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  /** Well-formed, but it contradicts what the same key already did (HTTP 422). */
  | 'unprocessable'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'unavailable';

export interface ErrorDetails {
  readonly field?: string;
  readonly [key: string]: unknown;
}

export class CodedError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details: ErrorDetails = {},
  ) {
    super(`${code}: ${messageEn}`);
    this.name = new.target.name;
  }
}
