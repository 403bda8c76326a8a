import { Anchor, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeWidgetCard, LoadingState, ProblemAlert } from '@/components';
import { api, unwrap } from '@/lib/api';
import { formatDate } from '@/lib/dates';
import { retentionKeys } from '../api/retention';

/** How many files of the report the home lists (due soonest first, frozen files last). */
export const HOME_NOTICES = 5;

/**
 * The data protection officer's home: the closed files due for anonymisation (the retention report, soonest first),
 * those whose anonymisation is frozen, and where to answer a subject-access request. Hestia records no requests as
 * such: each export is written to the access log with its reason.
 */
export function RetentionNoticesWidget() {
  const { t, i18n } = useTranslation('dataprotection');
  const report = useQuery({
    queryKey: [...retentionKeys.all, 'home'] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/data-protection/retention/report', { params: { query: { page: 0, size: HOME_NOTICES } } }),
      ),
  });
  return (
    <HomeWidgetCard title={t('home.title')} more={{ to: '/retention', label: t('home.more') }}>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ProblemAlert error={report.error} />
      ) : (
        <Stack gap="xs">
          <Text size="sm" data-testid="retention-total">
            {t('home.total', { count: report.data.page.totalItems })}
          </Text>
          {report.data.items.length > 0 && (
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {report.data.items.map((item) => (
                <Box component="li" key={item.caseFileId}>
                  <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                    <Text size="sm" fw={500}>
                      {item.householdName}
                    </Text>
                    {item.hold ? (
                      <Badge variant="outline" color="gray.8" tt="none">
                        {t('home.frozen')}
                      </Badge>
                    ) : (
                      <Text size="sm" ta="right">
                        {t('home.anonymiseFrom', { date: formatDate(item.anonymiseFrom, i18n.language) })}
                      </Text>
                    )}
                  </Group>
                </Box>
              ))}
            </Stack>
          )}
          {report.data.lastRun && (
            <Text size="sm" c="dimmed">
              {t('home.lastRun', { date: formatDate(report.data.lastRun.startedAt, i18n.language) })}
            </Text>
          )}
          <Text size="sm">
            {t('home.requests')}{' '}
            <Anchor component={Link} to="/subject-access">
              {t('home.requestsLink')}
            </Anchor>
          </Text>
        </Stack>
      )}
    </HomeWidgetCard>
  );
}
