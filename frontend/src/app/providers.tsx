import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider, type AuthSession } from '@/lib/auth';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  i18n: I18n;
  session: AuthSession;
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything a screen needs around it; tests use the same providers with a fake session. */
export function AppProviders({ i18n, session, queryClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider session={session}>{children}</AuthProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
