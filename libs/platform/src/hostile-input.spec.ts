import { bodyParserError, jsonDepthExceeds } from './json-body.js';
import { assertSafeInput } from './validation.pipe.js';

describe('hostile input', () => {
  it('measures JSON nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepthExceeds(Buffer.from('{"a":[1,{"b":2}]}'), 3)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from('{"a":[1,{"b":2}]}'), 2)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`), 1)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from('['.repeat(5000) + ']'.repeat(5000)), 32)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from('['.repeat(32) + ']'.repeat(32)), 32)).toBe(false);
  });

  it('gives every body-parser refusal a code and a Chinese and an English message', () => {
    const options = { limit: '1mb' };
    for (const [type, code, kind] of [
      ['entity.too.deep', 'JSON_TOO_DEEP', 'invalid'],
      ['entity.too.large', 'PAYLOAD_TOO_LARGE', 'payload-too-large'],
      ['entity.parse.failed', 'INVALID_JSON', 'invalid'],
      ['charset.unsupported', 'UNSUPPORTED_MEDIA_TYPE', 'unsupported-media-type'],
      ['request.aborted', 'BODY_INCOMPLETE', 'invalid'],
      [undefined, 'INVALID_JSON', 'invalid'],
    ] as const) {
      const error = bodyParserError({ type }, options);
      expect({ type, code: error.code, kind: error.kind }).toEqual({ type, code, kind });
      expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn.length).toBeGreaterThan(10);
    }
  });

  it('refuses NUL and lone surrogates anywhere in a value, keys included, and names the field', () => {
    expect(() => assertSafeInput({ a: ['ok', { b: '王阿姨 😀' }] }, '')).not.toThrow();
    expect(() => assertSafeInput({ a: ['ok', { b: 'x\u0000' }] }, '')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ field: 'a.1.b' }) }),
    );
    expect(() => assertSafeInput({ note: 'a\ud800b' }, '')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => assertSafeInput({ note: '\udc00' }, '')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => assertSafeInput({ ['k\u0000']: 1 }, '')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => assertSafeInput('c-a\u0000', 'communityId')).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'communityId' }) }),
    );
  });

  it('bounds nesting without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(() => assertSafeInput(deep, '')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
