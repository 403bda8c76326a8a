import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '@/app/providers';
import type { AuthSession, Role } from '@/lib/auth';
import { createI18n, type Language } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query/queryClient';

/** The staff id the fake user signs in with (the token's subject). */
export const FAKE_USER_ID = '00000000-0000-4000-8000-000000000101';

export function fakeSession(roles: Role[] = ['admin'], organisation = 'BINHOME'): AuthSession {
  return {
    user: { subject: FAKE_USER_ID, username: 'admin-binhome', displayName: 'Claire Lambert', roles, organisation },
    logout: () => {},
  };
}

/** Exposes the router's current location to assertions. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

interface RenderRouteOptions {
  /** The route pattern, e.g. "/sites". */
  path: string;
  /** The URL to start from, e.g. "/sites?q=homborch". */
  url: string;
  roles?: Role[];
  language?: Language;
}

/** Renders one screen inside the app's providers, at a given URL, with a fake signed-in user. */
export async function renderRoute(element: ReactElement, { path, url, roles, language = 'en' }: RenderRouteOptions) {
  const i18n = await createI18n(language);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const result = render(
    <AppProviders i18n={i18n} session={fakeSession(roles)} queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, i18n, queryClient };
}
