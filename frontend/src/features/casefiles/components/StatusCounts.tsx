import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_FILE_STATUSES, type CaseFileStatus } from '../api/types';

interface StatusCountsProps {
  /** A number, or "1000+" when the server stopped counting. */
  counts: Record<CaseFileStatus, number | string | undefined>;
  /** The status filter in force ('' = all). */
  value: string;
  onChange: (status: string) => void;
}

/** How many files per status; each count filters the list on that status. */
export function StatusCounts({ counts, value, onChange }: StatusCountsProps) {
  const { t } = useTranslation('casefiles');
  return (
    <Group gap="xs" mb="md" role="group" aria-label={t('list.countsLabel')}>
      {CASE_FILE_STATUSES.map((status) => (
        <Button
          key={status}
          size="xs"
          variant={value === status ? 'filled' : 'default'}
          aria-pressed={value === status}
          onClick={() => onChange(value === status ? '' : status)}
        >
          {t(`statuses.${status}`)}
          <Text span size="xs" fw={700} ml={6} data-testid={`count-${status}`}>
            {counts[status] ?? '…'}
          </Text>
        </Button>
      ))}
    </Group>
  );
}
