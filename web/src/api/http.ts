import { ApiError, type FieldProblem } from './problems';
import { accessToken, refresh, session } from '../auth/session';
import type {} from './earlyFeed'; // the window.__flickEarly it declares

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Raw bodies (multipart) are sent as they are. */
  form?: FormData;
}

/**
 * Calls the Flick API as the signed-in user (or anonymously), refreshing the access token
 * silently. A 401 on a token the server no longer accepts is retried once with a fresh one.
 */
export async function call<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let token = await accessToken();
  let response = await send(method, path, options, token);
  if (response.status === 401 && token) {
    const current = session.get();
    const renewed = current ? await refresh(current.refreshToken) : null;
    token = renewed?.accessToken ?? null;
    response = await send(method, path, options, token);
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : undefined) as T;
}

function send(method: string, path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  // A first visit's first feed page may be on its way already (started before this code arrived).
  const early = method === 'GET' && !token && body === undefined ? takeEarly(path) : undefined;
  return early ?? fetch(path, { method, headers, body, signal: options.signal });
}

/**
 * The answer src/early.ts already asked for, once, when it is for this path. Read from a global
 * rather than imported, so that the early script stays a file of its own that arrives first.
 */
function takeEarly(path: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__flickEarly;
  if (!early || early.path !== path) return undefined;
  window.__flickEarly = undefined;
  return early.response;
}

async function problemOf(response: Response): Promise<ApiError> {
  let code = 'internal_error';
  let errors: FieldProblem[] = [];
  try {
    const problem = await response.json();
    if (typeof problem.code === 'string') code = problem.code;
    if (Array.isArray(problem.errors)) errors = problem.errors;
  } catch {
    if (response.status === 404) code = 'not_found';
    else if (response.status === 429) code = 'rate_limited';
    else if (response.status === 503) code = 'service_unavailable';
  }
  const retry = Number(response.headers.get('retry-after'));
  return new ApiError(response.status, code, errors, Number.isFinite(retry) && retry > 0 ? retry : null);
}

export const get = <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, { signal });
export const post = <T>(path: string, body?: unknown) => call<T>('POST', path, { body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => call<T>('PATCH', path, { body });
export const del = <T>(path: string) => call<T>('DELETE', path);
