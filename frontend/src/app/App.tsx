import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import type { AuthSession } from '@/lib/auth';
import { AppRoutes } from './AppRoutes';
import { AppProviders } from './providers';

interface AppProps {
  i18n: I18n;
  session: AuthSession;
  queryClient: QueryClient;
}

export function App({ i18n, session, queryClient }: AppProps) {
  return (
    <AppProviders i18n={i18n} session={session} queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
