import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, ProblemAlert } from '@/components';
import { useHouseholdLookup } from '@/lib/households';

/** Finds a household by name or address and hands its identifier to the export form. */
export function HouseholdLookup({ onChoose }: { onChoose: (householdId: string, name: string) => void }) {
  const { t } = useTranslation('dataprotection');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const found = useHouseholdLookup(q);
  return (
    <Stack gap="xs">
      <form
        role="search"
        aria-label={t('export.lookup')}
        onSubmit={(event) => {
          event.preventDefault();
          setQ(draft.trim());
        }}
      >
        <Group gap="sm" align="flex-end">
          <TextInput
            type="search"
            label={t('export.lookup')}
            description={t('export.lookupHint')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button type="submit" variant="default">
            {t('export.lookupSubmit')}
          </Button>
        </Group>
      </form>
      {q.length >= 2 &&
        (found.isPending ? (
          <LoadingState />
        ) : found.isError ? (
          <ProblemAlert error={found.error} />
        ) : found.data.items.length === 0 ? (
          <EmptyState message={t('export.lookupNone')} />
        ) : (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('export.lookupResults')}>
            {found.data.items.map((household) => (
              <li key={household.id}>
                <Group gap="xs" wrap="wrap">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onChoose(household.id, household.name)}
                    aria-label={t('export.choose', { name: household.name })}
                  >
                    {household.name}
                  </Button>
                  {household.dwelling && (
                    <Text size="sm">
                      {household.dwelling.address} — {household.dwelling.unit}
                    </Text>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
