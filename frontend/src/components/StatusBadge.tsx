import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says whether a record is retired; active records need no badge in lists. */
export function StatusBadge({ retiredAt }: { retiredAt?: string }) {
  const { t } = useTranslation();
  if (!retiredAt) return null;
  return (
    <Badge color="gray.8" variant="outline" ml="xs">
      {t('status.retired')}
    </Badge>
  );
}
