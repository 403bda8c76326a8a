import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { PageTitle } from './PageTitle';
import { ProblemAlert } from './ProblemAlert';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite" data-loading="true">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text size="sm">{label ?? t('states.loading')}</Text>
      </Stack>
    </Center>
  );
}

function StatePage({ title, message }: { title: string; message: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap="md" py="md">
      <PageTitle>{title}</PageTitle>
      <Text>{message}</Text>
      <Anchor component={Link} to="/">
        {t('states.backHome')}
      </Anchor>
    </Stack>
  );
}

export function NotFoundState() {
  const { t } = useTranslation();
  return <StatePage title={t('states.notFound.title')} message={t('states.notFound.message')} />;
}

export function ForbiddenState() {
  const { t } = useTranslation();
  return <StatePage title={t('states.forbidden.title')} message={t('states.forbidden.message')} />;
}

/** The whole-page state for a failed load: not found, forbidden, or another error. */
export function ErrorState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error)) {
    if (error.status === 404 || error.status === 400) return <NotFoundState />;
    if (error.status === 403) return <ForbiddenState />;
  }
  return (
    <Stack gap="md" py="md">
      <PageTitle>{t('states.error.title')}</PageTitle>
      <ProblemAlert error={error} />
    </Stack>
  );
}

export function EmptyState({ message }: { message: string }) {
  return (
    <Alert variant="outline" color="gray" mt="md">
      <Text c="var(--mantine-color-text)">{message}</Text>
    </Alert>
  );
}
