import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveList, type Column } from '@/components';
import { formatDate } from '@/lib/dates';
import type { CaseFileSummary } from '../api/types';
import { CaseStatusBadge, ThemeList } from './badges';

interface CaseFilesTableProps {
  files: CaseFileSummary[];
  label: string;
  /** The household's name is the link; on a household's page the file's reference is. */
  linkBy?: 'household' | 'reference';
  showReferent?: boolean;
  headingOrder?: 2 | 3;
}

export function CaseFilesTable({ files, label, linkBy = 'household', showReferent = true, headingOrder }: CaseFilesTableProps) {
  const { t, i18n } = useTranslation('casefiles');
  const link = (f: CaseFileSummary) => (
    <Anchor component={Link} to={`/case-files/${f.id}`}>
      {linkBy === 'household' ? f.householdName : t('detail.reference', { reference: f.reference })}
    </Anchor>
  );
  // The reference tells two files of one household apart, with their themes and dates.
  const columns: Column<CaseFileSummary>[] = [
    { header: linkBy === 'household' ? t('list.household') : t('list.file'), cell: link },
    ...(linkBy === 'household' ? [{ header: t('list.reference'), cell: (f: CaseFileSummary) => f.reference }] : []),
    { header: t('list.status'), cell: (f) => <CaseStatusBadge status={f.status} /> },
    {
      header: t('list.themes'),
      // Need to know: a colleague's file shows that it exists, not what it is about.
      cell: (f) =>
        f.restricted || !f.themes ? (
          <Text size="sm" fs="italic" data-testid="restricted">
            {t('list.restricted')}
          </Text>
        ) : (
          <ThemeList themes={f.themes} />
        ),
    },
  ];
  if (showReferent) columns.push({ header: t('list.referent'), cell: (f) => f.referent?.displayName ?? t('list.noReferent') });
  columns.push({ header: t('list.openedAt'), cell: (f) => formatDate(f.openedAt, i18n.language) });
  columns.push({ header: t('list.lastActivity'), cell: (f) => formatDate(f.lastActivityAt, i18n.language) });
  return (
    <ResponsiveList label={label} rows={files} rowKey={(f) => f.id} title={link} columns={columns} headingOrder={headingOrder} />
  );
}
