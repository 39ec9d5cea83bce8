import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { CodedError } from '@tongxin/kernel';
import { sendCodedError } from './coded-error.filter.js';

/** Deepest nesting of objects and arrays a request body may have: deeper is refused before it is parsed. */
export const MAX_JSON_DEPTH = 32;

export interface JsonBodyOptions {
  /** Largest body, as body-parser takes it (e.g. '1mb'). */
  readonly limit: string;
  readonly maxDepth?: number;
}

/** The nesting depth of a JSON text, counted without parsing it (strings skipped): a 5,000-deep body never reaches a parser or a validator. */
export function jsonDepthExceeds(text: Buffer, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const byte = text[i];
    if (inString) {
      if (byte === 0x5c)
        i += 1; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (byte === 0x7d || byte === 0x5d) depth -= 1;
  }
  return false;
}

const bodyError = (
  code: string,
  kind: 'invalid' | 'payload-too-large' | 'unsupported-media-type',
  zh: string,
  en: string,
) => new CodedError(code, kind, zh, en, { field: 'body', fields: [{ field: 'body', messages: [`${zh} / ${en}`] }] });

/** What body-parser's refusals mean, in the error vocabulary (code, Chinese and English). */
export function bodyParserError(error: unknown, options: JsonBodyOptions): CodedError {
  const type = error !== null && typeof error === 'object' ? (error as { type?: unknown }).type : undefined;
  switch (type) {
    case 'entity.too.deep':
      return bodyError(
        'JSON_TOO_DEEP',
        'invalid',
        `请求体嵌套过深（最多 ${options.maxDepth ?? MAX_JSON_DEPTH} 层）`,
        `The JSON body is nested more than ${options.maxDepth ?? MAX_JSON_DEPTH} levels deep`,
      );
    case 'entity.too.large':
      return bodyError(
        'PAYLOAD_TOO_LARGE',
        'payload-too-large',
        `请求体过大（上限 ${options.limit}）`,
        `The request body is larger than ${options.limit}`,
      );
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return bodyError(
        'UNSUPPORTED_MEDIA_TYPE',
        'unsupported-media-type',
        '请求体的字符集或压缩方式不受支持，请使用 UTF-8 JSON',
        'Unsupported charset or content encoding: send UTF-8 JSON',
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return bodyError(
        'BODY_INCOMPLETE',
        'invalid',
        '请求体不完整（长度与 Content-Length 不符或连接中断）',
        'The request body is incomplete (its length does not match Content-Length, or the upload was aborted)',
      );
    default:
      return bodyError(
        'INVALID_JSON',
        'invalid',
        '请求体不是有效的 JSON 对象或数组',
        'The request body is not a valid JSON object or array',
      );
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0);
}

/**
 * The api's body parser: JSON only (files come as multipart/form-data to the routes that take
 * them), at most `limit` bytes and MAX_JSON_DEPTH levels deep, top level an object or array.
 * Every refusal is a coded error with a Chinese and an English message, like any other: 400,
 * 413 or 415. Named `jsonParser` so that Nest does not add its own in front of the routes.
 */
export function codedJsonBody(options: JsonBodyOptions): RequestHandler {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const parse = express.json({
    limit: options.limit,
    strict: true,
    verify: (_req, _res, buffer) => {
      if (jsonDepthExceeds(buffer, maxDepth))
        throw Object.assign(new Error('JSON body nested too deeply'), { status: 400, type: 'entity.too.deep' });
    },
  });
  return function jsonParser(req: Request, res: Response, next: NextFunction): void {
    if (
      WRITES.has(req.method) &&
      hasBody(req) &&
      !req.is(['application/json', 'application/*+json', 'multipart/form-data'])
    ) {
      sendCodedError(
        res,
        bodyError(
          'UNSUPPORTED_MEDIA_TYPE',
          'unsupported-media-type',
          '请求体应为 JSON（Content-Type: application/json）',
          'The request body must be JSON (Content-Type: application/json)',
        ),
      );
      return;
    }
    parse(req, res, (error?: unknown) => {
      if (error) sendCodedError(res, bodyParserError(error, options));
      else next();
    });
  };
}

/** Half of a surrogate pair (NUL is looked for with includes: no control character in a pattern). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unsafeText = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * Refuses a URL whose path or query decodes to NUL or a lone surrogate (or does not decode at
 * all) before routing: guards look units up by path parameters before any pipe validates them.
 */
export function safeUrl(): RequestHandler {
  return function safeUrl(req: Request, res: Response, next: NextFunction): void {
    const [path = '', query = ''] = req.originalUrl.split('?', 2);
    let decoded: string;
    try {
      decoded = decodeURIComponent(path) + decodeURIComponent(query.replaceAll('+', ' '));
    } catch {
      decoded = '\u0000';
    }
    if (!unsafeText(decoded)) {
      next();
      return;
    }
    const zh = '网址含有 NUL 字符、不成对的代理字符或无法解码的字节';
    const en = 'The URL contains a NUL character, a lone surrogate or bytes that do not decode';
    sendCodedError(
      res,
      new CodedError('VALIDATION_FAILED', 'invalid', `请求参数无效：${zh}`, `Invalid request: ${en}`, {
        field: 'url',
        fields: [{ field: 'url', messages: [`${zh} / ${en}`] }],
      }),
    );
  };
}
