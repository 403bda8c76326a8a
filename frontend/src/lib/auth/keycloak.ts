import Keycloak from 'keycloak-js';
import { setTokenProvider } from '@/lib/api';
import type { AppConfig } from '@/lib/config/appConfig';
import type { AuthSession, TokenUser } from './AuthContext';
import { isRole } from './roles';
import { ensureSignInServiceReachable, SignInUnavailableError } from './signInService';

/** Refresh the access token when it has less than this many seconds left. */
const MIN_VALIDITY_SECONDS = 30;

interface HestiaTokenClaims {
  sub?: string;
  preferred_username?: string;
  name?: string;
  organisation?: string;
  realm_access?: { roles?: string[] };
}

export function userFromClaims(claims: HestiaTokenClaims | undefined): TokenUser {
  const username = claims?.preferred_username ?? '';
  return {
    subject: claims?.sub,
    username,
    displayName: claims?.name ?? username,
    roles: (claims?.realm_access?.roles ?? []).filter(isRole),
    organisation: claims?.organisation,
  };
}

/**
 * Signs the user in (redirecting to Keycloak when needed, authorization code flow with PKCE) and
 * wires the API client to a token that is renewed silently before it expires.
 */
export async function signIn(config: AppConfig, locale: string): Promise<AuthSession> {
  await ensureSignInServiceReachable(config);
  const keycloak = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });

  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(() => keycloak.login());
  };

  let authenticated: boolean;
  try {
    authenticated = await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      locale,
    });
  } catch (error) {
    // E.g. Keycloak went down between the redirect and the return with the code (token exchange failed).
    throw new SignInUnavailableError(error);
  }
  if (!authenticated) {
    await keycloak.login({ locale });
  }

  setTokenProvider(async () => {
    try {
      await keycloak.updateToken(MIN_VALIDITY_SECONDS);
    } catch {
      // The session is over (idle timeout, signed out elsewhere): sign in again.
      await keycloak.login({ locale: document.documentElement.lang || locale });
      return undefined;
    }
    return keycloak.token;
  });

  return {
    user: userFromClaims(keycloak.tokenParsed as HestiaTokenClaims | undefined),
    logout: () => {
      void keycloak.logout({ redirectUri: window.location.origin + '/' });
    },
  };
}
