import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, HomeWidgetCard, LoadingState } from '@/components';
import { formatDate } from '@/lib/dates';
import { useCaseloadAlerts } from '../api/reassign';
import { useCaseFilePermissions } from '../permissions';

/** The alerts themselves: one line per file waiting for a referent, with a link to it. */
function AlertsList() {
  const { t, i18n } = useTranslation('casefiles');
  const alerts = useCaseloadAlerts(true);
  if (alerts.isPending) return <LoadingState />;
  if (alerts.isError) return <ErrorState error={alerts.error} />;
  if (alerts.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('alerts.none')}
      </Text>
    );
  }
  return (
    <Alert color="orange.9" variant="light">
      <List spacing="xs" size="sm">
        {alerts.data.items.map((alert) => (
          <List.Item key={alert.caseFileId}>
            <Anchor component={Link} to={`/case-files/${alert.caseFileId}`}>
              {alert.householdName}
            </Anchor>{' '}
            {t('alerts.siteWithoutReferent', {
              site: alert.siteName,
              date: formatDate(alert.since, i18n.language),
              referent: alert.referent?.displayName ?? t('alerts.noReferent'),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * The service manager's alerts: files whose household moved to a site without a referent. Each stays with its
 * referent until the site gets one or the manager gives the file to someone; the alert then goes.
 */
export function ManagerAlerts() {
  const { t } = useTranslation('casefiles');
  const { isManager } = useCaseFilePermissions();
  if (!isManager) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="manager-alerts-title">
      <Title order={2} size="h4" id="manager-alerts-title">
        {t('alerts.title')}
      </Title>
      <AlertsList />
    </Stack>
  );
}

/** The alerts as a widget of the manager's home page (composed in app/AppRoutes.tsx). */
export function ManagerAlertsHomeWidget() {
  const { t } = useTranslation('casefiles');
  const { isManager } = useCaseFilePermissions();
  if (!isManager) return null;
  return (
    <HomeWidgetCard title={t('alerts.title')} more={{ to: '/caseloads', label: t('alerts.more') }}>
      <AlertsList />
    </HomeWidgetCard>
  );
}
