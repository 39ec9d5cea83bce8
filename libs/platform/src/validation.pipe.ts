import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { CodedError } from '@tongxin/kernel';

function fieldErrors(errors: readonly ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], `${field}.`)];
  });
}

/** NUL, or half of a surrogate pair: no text field may carry one (PostgreSQL refuses NUL in text and jsonb; a lone surrogate is not Unicode). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unsafeText = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
const MAX_DEPTH = 32;

const refused = (field: string, zh: string, en: string) =>
  new CodedError(
    'VALIDATION_FAILED',
    'invalid',
    `请求参数无效：${field}（${zh}）`,
    `Invalid request: ${field} (${en})`,
    {
      field,
      fields: [{ field, messages: [`${zh} / ${en}`] }],
    },
  );

/**
 * Every string of a body, query or path (keys included) is checked for NUL and lone surrogates,
 * and nesting is bounded, before class-validator walks the value (which recursion a deep value
 * would overflow). Iterative: no value makes it recurse.
 */
export function assertSafeInput(value: unknown, root: string): void {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, path, depth } = pending.pop() as { value: unknown; path: string; depth: number };
    if (typeof current === 'string') {
      if (unsafeText(current))
        throw refused(path, '含有 NUL 字符或不成对的代理字符', 'contains a NUL character or a lone surrogate');
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_DEPTH)
        throw refused(path, `嵌套超过 ${MAX_DEPTH} 层`, `nested more than ${MAX_DEPTH} levels deep`);
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (unsafeText(key))
          throw refused(
            childPath,
            '字段名含有 NUL 字符或不成对的代理字符',
            'the field name contains a NUL character or a lone surrogate',
          );
        pending.push({ value: child as unknown, path: childPath, depth: depth + 1 });
      }
    }
  }
}

/** The strict pipe, with the text and depth check in front of class-validator. */
class SafeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param')
      assertSafeInput(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** class-validator on every body and query: unknown fields, wrong types and bad values are a 400 listing each field. */
export function strictValidationPipe(): ValidationPipe {
  return new SafeValidationPipe({
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
