import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveList } from '@/components';
import { formatDateTime } from '@/lib/dates';
import type { RetentionReportItem } from '../api/retention';

interface ReportTableProps {
  items: RetentionReportItem[];
  onHold: (item: RetentionReportItem) => void;
  onRelease: (item: RetentionReportItem) => void;
  busy: boolean;
}

/** Files due for anonymisation and when, held files last; the DPO may hold or release each. */
export function ReportTable({ items, onHold, onRelease, busy }: ReportTableProps) {
  const { t, i18n } = useTranslation('dataprotection');
  const when = (item: RetentionReportItem) =>
    item.hold ? (
      <Text size="sm">
        {t('report.heldSince', { date: formatDateTime(item.hold.placedAt, i18n.language), name: item.hold.placedBy.displayName })}
        <br />
        {item.hold.reason}
      </Text>
    ) : (
      formatDateTime(item.anonymiseFrom, i18n.language)
    );
  const action = (item: RetentionReportItem) =>
    item.hold ? (
      <Button size="xs" variant="default" disabled={busy} onClick={() => onRelease(item)}
        aria-label={t('report.releaseFor', { household: item.householdName })}>
        {t('report.release')}
      </Button>
    ) : (
      <Button size="xs" variant="outline" disabled={busy} onClick={() => onHold(item)}
        aria-label={t('report.holdFor', { household: item.householdName })}>
        {t('report.hold')}
      </Button>
    );
  return (
    <ResponsiveList
      label={t('report.label')}
      rows={items}
      rowKey={(item) => item.caseFileId}
      title={(item) => item.householdName}
      columns={[
        { header: t('report.household'), cell: (item) => <span title={item.householdId}>{item.householdName}</span> },
        {
          header: t('report.themes'),
          cell: (item) => item.themes.map((theme) => t(`casefiles:themes.${theme}`)).join(', '),
        },
        { header: t('report.status'), cell: (item) => t(`casefiles:statuses.${item.status}`) },
        { header: t('report.closedAt'), cell: (item) => formatDateTime(item.closedAt, i18n.language) },
        { header: t('report.reportedAt'), cell: (item) => formatDateTime(item.reportedAt, i18n.language) },
        { header: t('report.anonymiseFrom'), cell: when },
        { header: t('report.actions'), cell: action },
      ]}
    />
  );
}
