import type { AppConfig } from '@/lib/config/appConfig';

/**
 * Sign-in cannot happen because Keycloak does not answer. keycloak-js would otherwise send the browser to
 * an unreachable login page (a browser error page, outside Hestia) or fail with a technical message.
 */
export class SignInUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The sign-in service cannot be reached', { cause });
    this.name = 'SignInUnavailableError';
  }
}

/** Long enough for a slow network, short enough that the user is not left before a blank page. */
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Asks Keycloak for the realm's discovery document before any redirect to it; throws
 * {@link SignInUnavailableError} when it does not answer 200 (down, unreachable, realm missing).
 */
export async function ensureSignInServiceReachable(
  config: AppConfig,
  fetchFn: typeof fetch = fetch,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<void> {
  const url = `${config.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new SignInUnavailableError(error);
  }
  if (!response.ok) {
    throw new SignInUnavailableError(new Error(`${url} answered ${response.status}`));
  }
}
