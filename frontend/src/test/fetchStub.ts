import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** JSON bodies as values; anything else (a CSV upload) as its text. */
function parseBody(text: string, contentType: string | null): unknown {
  return contentType?.includes('json') ? JSON.parse(text) : text;
}

type Handler = (request: RecordedRequest) => Response | undefined;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

/**
 * Replaces the network for the API client: each request goes to the first handler that answers.
 * Unanswered requests fail the test with a 599 so that a missing stub is visible.
 */
export function stubFetch(...handlers: Handler[]) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? parseBody(text, request.headers.get('Content-Type')) : undefined,
    };
    requests.push(recorded);
    for (const handler of handlers) {
      const response = handler(recorded);
      if (response) return response;
    }
    return json({ type: 'about:blank', title: 'No stub', status: 599, code: 'no-stub' }, 599);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export const COMMUNES = [
  { code: 'UCCLE', nameFr: 'Uccle', nameNl: 'Ukkel', postcodes: ['1180'] },
  { code: 'IXELLES', nameFr: 'Ixelles', nameNl: 'Elsene', postcodes: ['1050'] },
  { code: 'BRUXELLES', nameFr: 'Bruxelles', nameNl: 'Brussel', postcodes: ['1000', '1020', '1120', '1130'] },
];

export function communesHandler(request: RecordedRequest): Response | undefined {
  if (request.method === 'GET' && request.url.pathname === '/api/v1/communes') return json(COMMUNES);
  return undefined;
}

export function meHandler(request: RecordedRequest): Response | undefined {
  if (request.method === 'GET' && request.url.pathname === '/api/v1/me') {
    return json({
      subject: 'a',
      username: 'admin-binhome',
      displayName: 'Claire Lambert',
      organisation: { id: 'BINHOME', nameFr: 'BinHôme', nameNl: 'BinHôme' },
      roles: ['admin'],
    });
  }
  return undefined;
}
