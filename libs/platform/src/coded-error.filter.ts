import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { CodedError, type ErrorKind } from '@tongxin/kernel';

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

/** The body every refusal has: status, stable code, Chinese message, English twin, details. */
export function sendCodedError(response: Response, error: CodedError): void {
  const status = statusOf(error);
  response.status(status).json({
    statusCode: status,
    code: error.code,
    message: error.messageZh,
    messageEn: error.messageEn,
    details: error.details,
  });
}

/** Maps the error vocabulary to HTTP: stable code, Chinese message, English twin, details. */
@Catch(CodedError)
export class CodedErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(CodedErrorFilter.name);

  catch(error: CodedError, host: ArgumentsHost): void {
    if (statusOf(error) >= 500) this.logger.error(error);
    sendCodedError(host.switchToHttp().getResponse<Response>(), error);
  }
}
