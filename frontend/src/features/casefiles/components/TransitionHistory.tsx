import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { Transition } from '../api/types';

/** Every status change of the file, oldest first, with who did it and why. */
export function TransitionHistory({ transitions }: { transitions: Transition[] }) {
  const { t, i18n } = useTranslation('casefiles');
  const sorted = [...transitions].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Stack component="ol" gap={6} m={0} pl="md" aria-label={t('transitions.title')}>
      {sorted.map((tr, i) => (
        <Text component="li" size="sm" key={`${tr.at}-${i}`}>
          <Text span size="sm" fw={600}>
            {tr.from
              ? t('transitions.change', { from: t(`statuses.${tr.from}`), to: t(`statuses.${tr.to}`) })
              : t('transitions.opened')}
          </Text>{' '}
          {t('transitions.byOn', { name: tr.by.displayName, date: formatDateTime(tr.at, i18n.language) })}
          {tr.reason && (
            <>
              {' — '}
              {t('transitions.reason', { reason: tr.reason })}
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}
