import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeWidgetCard, LoadingState, ProblemAlert } from '@/components';
import { useDataToComplete, type DataToComplete } from '../api/dataToComplete';

/** Each count, with the list where the records are found and completed. */
const GAPS: { key: keyof Omit<DataToComplete, 'households'>; list: string }[] = [
  { key: 'householdsWithoutLease', list: '/households' },
  { key: 'householdsWithoutContact', list: '/households' },
  { key: 'householdsWithoutTenantNumber', list: '/households' },
  { key: 'sitesWithoutReferent', list: '/sites' },
  { key: 'buildingsWithoutDwelling', list: '/buildings' },
];

/** The administrator's home: what the organisation's records still lack. */
export function DataToCompleteWidget() {
  const { t } = useTranslation('home');
  const data = useDataToComplete();
  return (
    <HomeWidgetCard title={t('dataToComplete.title')}>
      {data.isPending ? (
        <LoadingState />
      ) : data.isError ? (
        <ProblemAlert error={data.error} />
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('dataToComplete.intro', { count: data.data.households })}</Text>
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} data-testid="data-to-complete">
            {GAPS.map(({ key, list }) => {
              const count = data.data[key];
              return (
                <li key={key} data-testid={`gap-${key}`}>
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Text size="sm">{t(`dataToComplete.${key}`)}</Text>
                    {count === 0 ? (
                      <Badge variant="outline" color="teal.9" tt="none">
                        {t('dataToComplete.none')}
                      </Badge>
                    ) : (
                      <Anchor component={Link} to={list} size="sm" fw={700} aria-label={t('dataToComplete.openList', { count, what: t(`dataToComplete.${key}`) })}>
                        {count}
                      </Anchor>
                    )}
                  </Group>
                </li>
              );
            })}
          </Stack>
        </Stack>
      )}
    </HomeWidgetCard>
  );
}
