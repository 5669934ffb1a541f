/// <reference types="jest" />
import { api, ApiError, queryString, request, setCsrfToken, setUnauthorizedHandler } from './api';

// The client's own logic, with the network replaced: what it sends, and what it makes of answers.
type Call = { url: string; init: RequestInit };
let calls: Call[];
let answer: () => Promise<Response>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const sent = (i = 0) => calls[i]!;
const header = (name: string, i = 0) => new Headers(sent(i).init.headers).get(name);
const failure = async (p: Promise<unknown>): Promise<ApiError> => {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the request did not fail');
};

beforeEach(() => {
  calls = [];
  answer = async () => json({ ok: true });
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer();
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('what request() sends', () => {
  it('prefixes /api, adds the defined query values and asks for JSON with the session cookie', async () => {
    await request('/sources', { query: { q: 'kabul', type: undefined, page: 2, empty: '', none: null, all: true } });
    expect(sent().url).toBe('/api/sources?q=kabul&page=2&all=true');
    expect(sent().init.method).toBe('GET');
    expect(sent().init.credentials).toBe('same-origin');
    expect(header('Accept')).toBe('application/json');
  });

  it('sends the CSRF token on state-changing methods only', async () => {
    setCsrfToken('tok-123');
    await request('/articles');
    await request('/articles', { method: 'HEAD' });
    await request('/articles/1', { method: 'DELETE' });
    await request('/users/1', { method: 'PATCH', json: {} });
    await request('/reviews/bulk', { method: 'POST', json: {} });
    expect(calls.map((_, i) => header('X-CSRF-Token', i))).toEqual([null, null, 'tok-123', 'tok-123', 'tok-123']);
  });

  it('sends no CSRF header before a session gave a token', async () => {
    await request('/auth/session', { method: 'POST', json: {} });
    expect(header('X-CSRF-Token')).toBeNull();
  });

  it('encodes a JSON body and says so; a form body goes as it is', async () => {
    await api.createUser('a@example.test', 'long-password-1', 'analyst');
    expect(header('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(sent().init.body))).toEqual({
      email: 'a@example.test',
      password: 'long-password-1',
      role: 'analyst',
    });

    const form = new FormData();
    await request('/articles', { method: 'POST', form });
    expect(sent(1).init.body).toBe(form);
    expect(header('Content-Type', 1)).toBeNull();
  });

  it('leaves blank metadata out of an upload (the API rejects an empty url)', async () => {
    await api.uploadText({ text: 'Body' }, { title: ' Title ', url: '', outlet: '  ' });
    expect(JSON.parse(String(sent().init.body))).toEqual({ text: 'Body', title: 'Title' });
  });
});

describe('what request() makes of the answer', () => {
  it('parses a JSON answer, returns text otherwise, and nothing for 204', async () => {
    answer = async () => json({ id: 'a1' });
    await expect(request('/articles/a1')).resolves.toEqual({ id: 'a1' });
    answer = async () => new Response('id,name\n1,x', { headers: { 'content-type': 'text/csv' } });
    await expect(request('/sources')).resolves.toBe('id,name\n1,x');
    answer = async () => new Response(null, { status: 204 });
    await expect(request('/tokens/1', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('turns a validation error list into one ApiError with every message', async () => {
    answer = async () => json({ statusCode: 400, message: ['email must be an email', 'password is too short'] }, 400);
    const err = await failure(request('/users', { method: 'POST', json: {} }));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.messages).toEqual(['email must be an email', 'password is too short']);
    expect(err.message).toBe('email must be an email; password is too short');
  });

  it('takes a single message string as it is', async () => {
    answer = async () => json({ message: 'Article not found' }, 404);
    const err = await failure(request('/articles/x'));
    expect([err.status, err.message, err.messages]).toEqual([404, 'Article not found', ['Article not found']]);
  });

  it('falls back to the status when the error body has no message', async () => {
    answer = async () => new Response('<html>gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    expect((await failure(request('/sources'))).message).toBe('502 Bad Gateway');
    answer = async () => json({ error: 'x' }, 500);
    expect((await failure(request('/sources'))).message).toBe('500 Request failed');
    answer = async () => new Response('too big', { status: 413 });
    expect((await failure(request('/articles', { method: 'POST' }))).message).toBe('The upload is too large');
  });

  it('calls the sign-in handler on a 401, unless the request opted out', async () => {
    const onUnauthorized = jest.fn();
    setUnauthorizedHandler(onUnauthorized);
    answer = async () => json({ message: 'Unauthorized' }, 401);
    expect((await failure(request('/articles'))).status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await failure(api.session());
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('reports an unreachable server as ApiError 0 but lets an abort through', async () => {
    answer = async () => {
      throw new TypeError('fetch failed');
    };
    const err = await failure(request('/articles'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/cannot be reached/);

    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    answer = async () => {
      throw abort;
    };
    expect(await failure(request('/articles'))).toBe(abort);
  });
});

describe('queryString', () => {
  it('is empty when no value is set', () => {
    expect(queryString(undefined)).toBe('');
    expect(queryString({ a: undefined, b: '' })).toBe('');
  });

  it('encodes values', () => {
    expect(queryString({ q: 'a&b c', n: 0 })).toBe('?q=a%26b+c&n=0');
  });
});
