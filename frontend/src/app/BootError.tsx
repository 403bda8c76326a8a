import { Alert, Button, Container, MantineProvider, Stack, Title } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SignInUnavailableError } from '@/lib/auth';
import { cssVariablesResolver, theme } from './theme';

function BootErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // Keycloak down is the likely failure and one the user can do something about (wait, tell someone):
  // say it plainly, without the technical detail.
  const signIn = error instanceof SignInUnavailableError;
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1} size="h2">
          {t('app.name')}
        </Title>
        <Alert
          color="red"
          variant="outline"
          title={signIn ? t('boot.signInUnavailable.title') : t('boot.title')}
          role="alert"
        >
          {signIn ? t('boot.signInUnavailable.message') : t('boot.message')}
          {!signIn && error instanceof Error && <pre style={{ whiteSpace: 'pre-wrap' }}>{error.message}</pre>}
        </Alert>
        <div>
          <Button onClick={() => window.location.reload()}>{t('actions.retry')}</Button>
        </div>
      </Stack>
    </Container>
  );
}

/** Shown when the configuration or the sign-in service cannot be reached at start-up. */
export function BootError({ i18n, error }: { i18n: I18n; error: unknown }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <BootErrorMessage error={error} />
      </MantineProvider>
    </I18nextProvider>
  );
}
