import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { CodedError } from '@tongxin/kernel';

function fieldErrors(errors: readonly ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], `${field}.`)];
  });
}

/** class-validator on every body and query: unknown fields, wrong types and bad values are a 400 listing each field. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      return new CodedError(
        'VALIDATION_FAILED',
        'invalid',
        `请求参数无效：${fields.map((f) => f.field).join('、')}`,
        `Invalid request: ${fields.map((f) => `${f.field} (${f.messages.join('; ')})`).join(', ')}`,
        { fields },
      );
    },
  });
}
