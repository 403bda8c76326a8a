import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListPaginationProps {
  /** 1-based current page. */
  page: number;
  totalPages: number;
  totalItems: number;
  /** The server stopped counting at totalItems: there are more (narrow the search to see them). */
  totalCapped?: boolean;
  onChange: (page: number) => void;
}

/** Previous / next navigation with the position in words, readable by screen readers. */
export function ListPagination({ page, totalPages, totalItems, totalCapped, onChange }: ListPaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(totalPages, 1);
  return (
    <Group component="nav" aria-label={t('pagination.label')} justify="space-between" mt="md" gap="xs">
      <Text size="sm" aria-live="polite">
        {t(totalCapped ? 'pagination.summaryCapped' : 'pagination.summary', {
          page: Math.min(page, pages),
          pages,
          total: totalItems,
        })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="sm" disabled={page <= 1} onClick={() => onChange(page - 1)}>
          {t('pagination.previous')}
        </Button>
        <Button variant="default" size="sm" disabled={page >= pages} onClick={() => onChange(page + 1)}>
          {t('pagination.next')}
        </Button>
      </Group>
    </Group>
  );
}
