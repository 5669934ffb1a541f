import { dataExceptionOf } from './http-error.filter';
import { bodyLimitFor, findUnstorableString, jsonShape } from './request-hygiene';

describe('jsonShape', () => {
  it('counts keys and depth, ignoring brackets and colons inside strings', () => {
    expect(jsonShape('{"a":1,"b":[{"c":"x:y{[" }]}')).toEqual({ keys: 3, depth: 3 });
    expect(jsonShape('"just a string: {"')).toEqual({ keys: 0, depth: 0 });
  });

  it('is not fooled by escaped quotes', () => {
    expect(jsonShape('{"a":"say \\"hi\\": {","b":2}')).toEqual({ keys: 2, depth: 1 });
  });
});

describe('findUnstorableString', () => {
  it('names the nested field holding a NUL or a lone surrogate', () => {
    expect(findUnstorableString({ items: [{ ok: 'fine' }, { reason: 'a\u0000' }] })).toEqual({
      path: 'items[1].reason',
      problem: expect.stringMatching(/NUL/),
    });
    expect(findUnstorableString({ q: 'x\udc00' })?.problem).toMatch(/unpaired UTF-16 surrogate/);
  });

  it('accepts paired surrogates (emoji) and ordinary text', () => {
    expect(findUnstorableString({ text: 'Kabul \u{1F600} d\u00e9j\u00e0', n: 3, none: null })).toBeNull();
  });
});

describe('bodyLimitFor', () => {
  const limits = { articleBytes: 6_000_000 };
  it('gives only the article upload a large body', () => {
    expect(bodyLimitFor({ method: 'POST', path: '/api/articles' }, limits)).toBe(6_000_000);
    expect(bodyLimitFor({ method: 'POST', path: '/api/articles/' }, limits)).toBe(6_000_000);
    expect(bodyLimitFor({ method: 'POST', path: '/api/auth/login' }, limits)).toBe(8 * 1024);
    expect(bodyLimitFor({ method: 'POST', path: '/api/reviews/bulk' }, limits)).toBe(64 * 1024);
    expect(bodyLimitFor({ method: 'PATCH', path: '/api/articles' }, limits)).toBe(64 * 1024);
  });
});

describe('dataExceptionOf', () => {
  it('finds a SQLSTATE class 22 code however deeply it is wrapped', () => {
    const adapter = Object.assign(new Error('driver'), { cause: { originalCode: '22021', kind: 'postgres' } });
    expect(dataExceptionOf({ meta: { driverAdapterError: adapter } })).toBe('22021');
    expect(dataExceptionOf(Object.assign(new Error('x'), { code: '22003' }))).toBe('22003');
  });

  it('leaves other database errors (unique violation, connection) as server errors', () => {
    expect(dataExceptionOf(Object.assign(new Error('dup'), { code: '23505' }))).toBeNull();
    expect(dataExceptionOf(new Error('connect ECONNREFUSED'))).toBeNull();
  });
});
