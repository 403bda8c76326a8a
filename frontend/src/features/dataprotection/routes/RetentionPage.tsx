import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConfirmDialog,
  EmptyState,
  ErrorState,
  ForbiddenState,
  ListPagination,
  LoadingState,
  PageHeader,
  ProblemAlert,
} from '@/components';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/dates';
import { useListParams } from '@/lib/url/useListParams';
import {
  periodParts,
  useDryRun,
  useRecentRuns,
  useReleaseHold,
  useRetentionReport,
  type RetentionReportItem,
} from '../api/retention';
import { HoldDialog } from '../components/HoldDialog';
import { ReportTable } from '../components/ReportTable';
import { RunsTable } from '../components/RunsTable';

const PARAMS = {};

/**
 * Retention of closed case files, for the DPO: the settings, the report of files due for
 * anonymisation (with legal holds), a dry run on demand and the runs so far.
 */
export function RetentionPage() {
  const { t, i18n } = useTranslation('dataprotection');
  const user = useCurrentUser();
  const allowed = user.roles.includes('dpo');
  const [params, update] = useListParams(PARAMS);
  const report = useRetentionReport(params.page - 1, allowed);
  const runs = useRecentRuns(allowed);
  const dryRun = useDryRun();
  const release = useReleaseHold();
  const [holding, setHolding] = useState<RetentionReportItem | null>(null);
  const [releasing, setReleasing] = useState<RetentionReportItem | null>(null);
  if (!allowed) return <ForbiddenState />;

  const period = (iso: string) => {
    const parts = periodParts(iso);
    if (!parts) return iso;
    return (['years', 'months', 'days'] as const)
      .filter((unit) => parts[unit] > 0)
      .map((unit) => t(`period.${unit}`, { count: parts[unit] }))
      .join(' ');
  };

  return (
    <>
      <PageHeader title={t('retention.title')} />
      <Stack gap="lg">
        {report.data && (
          <Text size="sm" data-testid="retention-rule">
            {t('retention.rule', {
              closedFor: period(report.data.settings.closedFor),
              notice: period(report.data.settings.notice),
            })}{' '}
            {report.data.settings.schedule === 'off' ? t('retention.scheduleOff') : t('retention.scheduleOn')}
          </Text>
        )}
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('retention.dryRunTitle')}
            </Title>
            <Text size="sm">{t('retention.dryRunExplanation')}</Text>
            {report.data?.lastRun && (
              <Text size="sm">{t('retention.lastRun', { date: formatDateTime(report.data.lastRun.startedAt, i18n.language) })}</Text>
            )}
            <ProblemAlert error={dryRun.error} />
            <div aria-live="polite">
              {dryRun.data && (
                <Alert color="blue.9" variant="outline" role="note" title={t('retention.dryRunDone')}>
                  {t('retention.dryRunResult', { reported: dryRun.data.reported, due: dryRun.data.due, held: dryRun.data.held })}
                </Alert>
              )}
            </div>
            <Group>
              <Button onClick={() => dryRun.mutate()} loading={dryRun.isPending}>
                {t('retention.dryRunButton')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <section aria-labelledby="retention-report-title">
          <Title order={2} size="h4" id="retention-report-title" mb="xs">
            {t('report.title')}
          </Title>
          {report.isPending ? (
            <LoadingState />
          ) : report.isError ? (
            <ErrorState error={report.error} />
          ) : report.data.items.length === 0 ? (
            <EmptyState message={t('report.empty')} />
          ) : (
            <div aria-busy={report.isFetching}>
              <ReportTable items={report.data.items} onHold={setHolding} onRelease={setReleasing} busy={release.isPending} />
              <ListPagination
                page={params.page}
                totalPages={report.data.page.totalPages}
                totalItems={report.data.page.totalItems}
                onChange={(page) => update({ page })}
              />
            </div>
          )}
        </section>

        <section aria-labelledby="retention-runs-title">
          <Title order={2} size="h4" id="retention-runs-title" mb="xs">
            {t('runs.title')}
          </Title>
          {runs.isPending ? (
            <LoadingState />
          ) : runs.isError ? (
            <ErrorState error={runs.error} />
          ) : runs.data.items.length === 0 ? (
            <EmptyState message={t('runs.empty')} />
          ) : (
            <RunsTable runs={runs.data.items} />
          )}
        </section>
      </Stack>
      <HoldDialog item={holding} onClose={() => setHolding(null)} />
      <ConfirmDialog
        opened={releasing !== null}
        title={t('release.title')}
        message={t('release.message', { household: releasing?.householdName ?? '' })}
        confirmLabel={t('release.confirm')}
        onConfirm={() =>
          releasing && release.mutate(releasing.caseFileId, { onSuccess: () => setReleasing(null) })
        }
        onCancel={() => {
          release.reset();
          setReleasing(null);
        }}
        loading={release.isPending}
        error={release.error}
      />
    </>
  );
}
