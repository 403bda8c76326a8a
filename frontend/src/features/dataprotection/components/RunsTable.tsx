import { useTranslation } from 'react-i18next';
import { ResponsiveList } from '@/components';
import { formatDateTime } from '@/lib/dates';
import type { RetentionRun } from '../api/retention';

/** Retention runs, newest first: what each run reported and anonymised. */
export function RunsTable({ runs }: { runs: RetentionRun[] }) {
  const { t, i18n } = useTranslation('dataprotection');
  const trigger = (run: RetentionRun) =>
    run.trigger === 'schedule'
      ? t('runs.schedule')
      : t('runs.onDemand', { name: run.requestedBy?.displayName ?? '—' });
  return (
    <ResponsiveList
      label={t('runs.label')}
      rows={runs}
      rowKey={(run) => run.id}
      title={(run) => formatDateTime(run.startedAt, i18n.language)}
      columns={[
        { header: t('runs.startedAt'), cell: (run) => formatDateTime(run.startedAt, i18n.language) },
        { header: t('runs.trigger'), cell: trigger },
        { header: t('runs.reported'), cell: (run) => String(run.reported) },
        { header: t('runs.held'), cell: (run) => String(run.held) },
        { header: t('runs.due'), cell: (run) => String(run.due) },
        { header: t('runs.anonymised'), cell: (run) => (run.dryRun ? t('runs.dryRun') : String(run.anonymised)) },
      ]}
    />
  );
}
