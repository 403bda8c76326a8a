import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { signIn } from '@/lib/auth/keycloak';
import { createI18n, type Language } from '@/lib/i18n';
import { BootError } from './BootError';

const config = { keycloakUrl: 'http://localhost:8180/', realm: 'hestia', clientId: 'hestia-spa' };

/** What boot() renders when signing in fails with Keycloak down. */
async function bootWithKeycloakDown(language: Language) {
  const fetchMock = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetchMock);
  const error = await signIn(config, language).then(
    () => undefined,
    (e: unknown) => e,
  );
  render(<BootError i18n={await createI18n(language)} error={error} />);
  return { fetchMock, error };
}

describe('sign-in with Keycloak down', () => {
  it.each([
    ['fr', 'La connexion est indisponible', /Le service de connexion ne répond pas/, 'Réessayer'],
    ['nl', 'Aanmelden is niet mogelijk', /De aanmeldingsdienst antwoordt momenteel niet/, 'Opnieuw proberen'],
    ['en', 'Sign-in is unavailable', /The sign-in service is not answering/, 'Try again'],
  ] as const)('says so in %s and offers to try again, without leaving Hestia', async (language, title, message, retry) => {
    const before = window.location.href;
    const { fetchMock } = await bootWithKeycloakDown(language);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(message);
    expect(alert).not.toHaveTextContent('Failed to fetch');
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
    // Asked the realm's discovery document, and never sent the browser to the unreachable login page.
    expect(fetchMock).toHaveBeenCalledWith(
      'http://localhost:8180/realms/hestia/.well-known/openid-configuration',
      expect.anything(),
    );
    expect(window.location.href).toBe(before);
  });

  it('treats a realm that answers an error (a proxy in front of a stopped Keycloak) the same way', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad Gateway', { status: 502 })));
    const error = await signIn(config, 'en').catch((e: unknown) => e);
    render(<BootError i18n={await createI18n('en')} error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Sign-in is unavailable');
  });

  it('keeps the general message, with its detail, for other start-up failures', async () => {
    render(<BootError i18n={await createI18n('en')} error={new Error('/app-config.json answered 404')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Hestia could not start');
    expect(alert).toHaveTextContent('/app-config.json answered 404');
  });
});
