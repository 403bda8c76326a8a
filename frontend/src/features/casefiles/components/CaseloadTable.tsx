import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveList, type Column } from '@/components';
import type { Caseload } from '../api/types';

interface CaseloadTableProps {
  caseloads: Caseload[];
  quietDays: number;
  /** The referent whose files the list below shows ('' = everyone's). */
  selected: string;
  onSelect: (referentId: string) => void;
}

/** One line per social worker; the name shows that worker's files in the list below. */
export function CaseloadTable({ caseloads, quietDays, selected, onSelect }: CaseloadTableProps) {
  const { t } = useTranslation('casefiles');
  const name = (c: Caseload) => {
    if (!c.referent) return t('caseloads.noReferent');
    const id = c.referent.id;
    return (
      <Button
        variant={selected === id ? 'light' : 'subtle'}
        size="compact-sm"
        aria-pressed={selected === id}
        onClick={() => onSelect(selected === id ? '' : id)}
      >
        {c.referent.displayName}
      </Button>
    );
  };
  const columns: Column<Caseload>[] = [
    { header: t('caseloads.worker'), cell: name },
    { header: t('statuses.open'), cell: (c) => c.open, numeric: true },
    { header: t('statuses.active'), cell: (c) => c.active, numeric: true },
    { header: t('caseloads.quiet', { days: quietDays }), cell: (c) => c.quiet, numeric: true },
    { header: t('caseloads.overdueTasks'), cell: (c) => c.overdueTasks, numeric: true },
  ];
  return (
    <ResponsiveList
      label={t('caseloads.perWorker')}
      rows={caseloads}
      rowKey={(c) => c.referent?.id ?? 'none'}
      title={name}
      columns={columns}
      headingOrder={3}
    />
  );
}
