import { Alert, Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components';
import { formatDate } from '@/lib/dates';
import { useCaseloadAlerts } from '../api/reassign';
import { useCaseFilePermissions } from '../permissions';

/**
 * The service manager's alerts: files whose household moved to a site without a referent. Each stays with its
 * referent until the site gets one or the manager gives the file to someone; the alert then goes.
 */
export function ManagerAlerts({ headingOrder = 2 }: { headingOrder?: 2 | 3 }) {
  const { t, i18n } = useTranslation('casefiles');
  const { isManager } = useCaseFilePermissions();
  const alerts = useCaseloadAlerts(isManager);
  if (!isManager) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="manager-alerts-title">
      <Title order={headingOrder} size="h4" id="manager-alerts-title">
        {t('alerts.title')}
      </Title>
      {alerts.isPending ? (
        <LoadingState />
      ) : alerts.isError ? (
        <ErrorState error={alerts.error} />
      ) : alerts.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('alerts.none')}
        </Text>
      ) : (
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
      )}
    </Stack>
  );
}

/** The alerts as a widget of the manager's home page (the home feature places it). */
export function ManagerAlertsHomeWidget() {
  const { isManager } = useCaseFilePermissions();
  if (!isManager) return null;
  return (
    <Card withBorder padding="md">
      <ManagerAlerts headingOrder={2} />
    </Card>
  );
}
