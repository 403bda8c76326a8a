import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, toApiError } from './problem';
import type { paths } from './schema';
import { USER_ACTION_HEADER, userActionFor } from './userAction';

type TokenProvider = () => Promise<string | undefined>;
type LanguageProvider = () => string;

let tokenProvider: TokenProvider = async () => undefined;
let languageProvider: LanguageProvider = () => 'fr';

/** Called once by the auth module: every request then carries a fresh bearer token. */
export function setTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

/** Lets the server answer problem messages in the user's language. */
export function setLanguageProvider(provider: LanguageProvider): void {
  languageProvider = provider;
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', languageProvider());
    request.headers.set(USER_ACTION_HEADER, userActionFor(request.method));
    return request;
  },
};

function origin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

/**
 * The one typed client of the Hestia API. Paths in the contract start with /api/v1 and the API is
 * served from the page's origin. `fetch` is looked up at call time so that tests can stub it.
 */
export const api = createClient<paths>({
  baseUrl: origin(),
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(authMiddleware);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful call, or throws an ApiError built from the problem document. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await callOrNetworkError(call);
  if (error !== undefined || !response.ok) throw toApiError(error, response);
  return data as T;
}

/** Like unwrap, and also returns the ETag to send back in If-Match. */
export async function unwrapVersioned<T extends { version: number }>(
  call: Promise<FetchResult<T>>,
): Promise<Versioned<T>> {
  const { data, error, response } = await callOrNetworkError(call);
  if (error !== undefined || !response.ok || data === undefined) throw toApiError(error, response);
  return { item: data, etag: response.headers.get('ETag') ?? etagOf(data) };
}

export interface Versioned<T> {
  item: T;
  etag: string;
}

/** The strong ETag the server derives from a record's version, for when the header is not readable. */
export function etagOf(record: { version: number }): string {
  return `"${record.version}"`;
}

async function callOrNetworkError<T>(call: Promise<FetchResult<T>>): Promise<FetchResult<T>> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw toApiError(undefined, undefined);
  }
}
