import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_LOOKUP_MIN, useHouseholdLookup, useHouseholdName } from '@/lib/households';

interface HouseholdPickerProps {
  label: string;
  /** The chosen household's id, or '' for none. */
  value: string;
  onChange: (householdId: string) => void;
}

/**
 * Picks a household by typing part of its name or address (the organisation's household search),
 * never by its identifier. The chosen household's name is fetched when only its id is known (a URL).
 */
export function HouseholdPicker({ label, value, onChange }: HouseholdPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const chosenName = useHouseholdName(value);
  const found = useHouseholdLookup(debounced);

  const chosen = value ? [{ value, label: chosenName.data ?? t('householdPicker.loading') }] : [];
  const options = [
    ...chosen,
    ...(found.data?.items ?? [])
      .filter((household) => household.id !== value)
      .map((household) => ({
        value: household.id,
        label: household.dwelling ? `${household.name} — ${household.dwelling.address}` : household.name,
      })),
  ];
  const typing = search.trim().length > 0 && search !== chosen[0]?.label;
  const nothingFound =
    search.trim().length < HOUSEHOLD_LOOKUP_MIN
      ? t('householdPicker.typeMore', { count: HOUSEHOLD_LOOKUP_MIN })
      : found.isFetching
        ? t('householdPicker.searching')
        : t('householdPicker.none');

  return (
    <Select
      label={label}
      placeholder={t('householdPicker.placeholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('householdPicker.clear') }}
      data={options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server searched already (names, addresses): show what it found as it is.
      filter={({ options: all }) => (typing ? all.filter((o) => !('value' in o) || o.value !== value) : all)}
      nothingFoundMessage={nothingFound}
      onChange={(id) => onChange(id ?? '')}
      error={chosenName.isError ? t('householdPicker.unknown') : undefined}
    />
  );
}
