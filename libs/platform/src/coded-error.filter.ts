import { Catch, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { isConnectionError } from '@tongxin/event-store';
import { CodedError, DatabaseUnavailableError, type ErrorKind } from '@tongxin/kernel';

const STATUS: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'precondition-failed': HttpStatus.PRECONDITION_FAILED,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'payload-too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-media-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

export function statusOf(error: CodedError): number {
  return STATUS[error.kind];
}

/**
 * The coded error an exception answers with: itself if coded; a lost or refused database
 * connection (terminated backend, restart, failover) becomes the retryable DATABASE_UNAVAILABLE;
 * null for anything else (Nest's own handling applies).
 */
export function codedErrorOf(error: unknown): CodedError | null {
  if (error instanceof CodedError) return error;
  if (isConnectionError(error)) return new DatabaseUnavailableError(1, error);
  return null;
}

/** The body every refusal has: status, stable code, Chinese message, English twin, details. */
export function sendCodedError(response: Response, error: CodedError): void {
  const status = statusOf(error);
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number' && retryAfter > 0) response.setHeader('Retry-After', String(retryAfter));
  response.status(status).json({
    statusCode: status,
    code: error.code,
    message: error.messageZh,
    messageEn: error.messageEn,
    details: error.details,
  });
}

/** Maps the error vocabulary to HTTP: stable code, Chinese message, English twin, details. */
@Catch()
export class CodedErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger(CodedErrorFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): void {
    const error = codedErrorOf(exception);
    if (!error) return super.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DatabaseUnavailableError)
      this.logger.warn(`${error.code}: ${(exception as Error).message ?? String(exception)}`);
    else if (statusOf(error) >= 500) this.logger.error(error);
    // A streamed answer (an export) that failed midway: the status is gone, end it.
    if (response.headersSent) {
      response.end();
      return;
    }
    sendCodedError(response, error);
  }
}
