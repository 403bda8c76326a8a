import { Anchor, Box, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeWidgetCard, LoadingState, ProblemAlert } from '@/components';
import { formatDate } from '@/lib/dates';
import { useCaseFiles } from '../api/caseFiles';
import { useCaseloads } from '../api/caseloads';
import type { CaseFileSummary } from '../api/types';
import { CaseStatusBadge } from '../components/badges';

/** How many lines a home widget lists. */
export const HOME_WIDGET_LINES = 5;
/** A followed file is "quiet" after this many days without activity (as in the service manager's caseloads). */
export const QUIET_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since `iso` (0 on the same day), for "al 3 dagen geen activiteit". */
export function daysSince(iso: string | undefined, now: number = Date.now()): number {
  return iso ? Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS)) : 0;
}

function FileLines({ files, detail }: { files: CaseFileSummary[]; detail: (f: CaseFileSummary) => string }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {files.map((f) => (
        <Box component="li" key={f.id}>
          <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={0} miw={0}>
              <Anchor component={Link} to={`/case-files/${f.id}`} fw={500}>
                {f.householdName}
              </Anchor>
              <Text size="sm" c="dimmed" component="span">
                {f.reference} · {detail(f)}
              </Text>
            </Stack>
            <CaseStatusBadge status={f.status} />
          </Group>
        </Box>
      ))}
    </Stack>
  );
}

/** A social worker's most recently active files of their caseload. */
export function RecentCaseFilesWidget() {
  const { t, i18n } = useTranslation('casefiles');
  const files = useCaseFiles({ mine: true, page: 0, size: HOME_WIDGET_LINES });
  return (
    <HomeWidgetCard title={t('home.recent.title')} more={{ to: '/caseload', label: t('home.recent.more') }}>
      {files.isPending ? (
        <LoadingState />
      ) : files.isError ? (
        <ProblemAlert error={files.error} />
      ) : files.data.items.length === 0 ? (
        <Text size="sm">{t('home.recent.empty')}</Text>
      ) : (
        <FileLines
          files={files.data.items}
          detail={(f) => t('home.recent.lastActivity', { date: formatDate(f.lastActivityAt ?? f.openedAt, i18n.language) })}
        />
      )}
    </HomeWidgetCard>
  );
}

/** The followed files of a social worker's caseload without activity for {@link QUIET_DAYS} days, oldest first. */
export function QuietCaseFilesWidget() {
  const { t } = useTranslation('casefiles');
  const files = useCaseFiles({ mine: true, quietDays: QUIET_DAYS, page: 0, size: HOME_WIDGET_LINES });
  const total = files.data?.page.totalItems ?? 0;
  return (
    <HomeWidgetCard title={t('home.quiet.title')} more={{ to: '/caseload', label: t('home.recent.more') }}>
      <Text size="sm">{t('home.quiet.intro', { days: QUIET_DAYS })}</Text>
      {files.isPending ? (
        <LoadingState />
      ) : files.isError ? (
        <ProblemAlert error={files.error} />
      ) : files.data.items.length === 0 ? (
        <Text size="sm">{t('home.quiet.empty', { days: QUIET_DAYS })}</Text>
      ) : (
        <>
          <FileLines files={files.data.items} detail={(f) => t('home.quiet.since', { count: daysSince(f.lastActivityAt) })} />
          {total > files.data.items.length && (
            <Text size="sm" data-testid="quiet-more">
              {t('home.quiet.andMore', { count: total - files.data.items.length })}
            </Text>
          )}
        </>
      )}
    </HomeWidgetCard>
  );
}

function Count({ label, value, to }: { label: string; value: number; to?: string }) {
  return (
    <Box>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fz="xl" fw={700}>
        {to ? (
          <Anchor component={Link} to={to} inherit>
            {value}
          </Anchor>
        ) : (
          value
        )}
      </Text>
    </Box>
  );
}

/** The service manager's counts: followed files, quiet ones, overdue tasks, files without referent; who needs a look. */
export function ServiceCountsWidget() {
  const { t } = useTranslation('casefiles');
  const caseloads = useCaseloads();
  return (
    <HomeWidgetCard title={t('home.service.title')} more={{ to: '/caseloads', label: t('home.service.more') }}>
      {caseloads.isPending ? (
        <LoadingState />
      ) : caseloads.isError ? (
        <ProblemAlert error={caseloads.error} />
      ) : (
        (() => {
          const items = caseloads.data.items;
          const sum = (pick: (c: (typeof items)[number]) => number) => items.reduce((n, c) => n + pick(c), 0);
          const unassigned = items.find((c) => !c.referent);
          const needing = items
            .filter((c) => c.referent && (c.overdueTasks > 0 || c.quiet > 0))
            .sort((a, b) => b.overdueTasks + b.quiet - (a.overdueTasks + a.quiet))
            .slice(0, HOME_WIDGET_LINES);
          return (
            <>
              <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} m={0} data-testid="service-counts">
                <Count label={t('home.service.followed')} value={sum((c) => c.open + c.active)} />
                <Count label={t('home.service.quiet', { days: caseloads.data.quietDays })} value={sum((c) => c.quiet)} />
                <Count label={t('home.service.overdue')} value={sum((c) => c.overdueTasks)} />
                <Count
                  label={t('home.service.noReferent')}
                  value={unassigned ? unassigned.open + unassigned.active : 0}
                />
              </SimpleGrid>
              {needing.length === 0 ? (
                <Text size="sm">{t('home.service.allClear')}</Text>
              ) : (
                <Stack gap={4}>
                  <Text size="sm" fw={600} id="home-service-workers">
                    {t('home.service.byWorker')}
                  </Text>
                  <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="home-service-workers">
                    {needing.map((c) => (
                      <li key={c.referent!.id}>
                        <Anchor component={Link} to={`/caseloads?referentId=${c.referent!.id}`}>
                          {c.referent!.displayName}
                        </Anchor>
                        <Text component="span" size="sm">
                          {' · '}
                          {[
                            c.overdueTasks > 0 && t('home.service.overdueTasks', { count: c.overdueTasks }),
                            c.quiet > 0 && t('home.service.quietFiles', { count: c.quiet }),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </li>
                    ))}
                  </Stack>
                </Stack>
              )}
            </>
          );
        })()
      )}
    </HomeWidgetCard>
  );
}
