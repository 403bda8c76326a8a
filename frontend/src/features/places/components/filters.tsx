import { Button, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommuneOptions } from '../api/communes';
import { STATUS_FILTERS } from '../api/types';
import { useIsPhone } from './useIsPhone';

interface FilterGridProps {
  label: string;
  /** Always shown: the search box. */
  search: ReactNode;
  /** The selects; on phones they fold behind a button to leave room for the results. */
  children: ReactNode;
  /** How many of the folded filters differ from their default. */
  activeCount: number;
}

export function FilterGrid({ label, search, children, activeCount }: FilterGridProps) {
  const { t } = useTranslation('places');
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (isPhone) {
    return (
      <Stack role="search" aria-label={label} gap="sm" mb="md">
        {search}
        <div>
          <Button variant="default" size="xs" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
            {open ? t('filters.hide') : t('filters.show', { count: activeCount })}
          </Button>
        </div>
        {open && (
          <Stack id={panelId} gap="sm">
            {children}
          </Stack>
        )}
      </Stack>
    );
  }
  return (
    <SimpleGrid role="search" aria-label={label} cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mb="md">
      {search}
      {children}
    </SimpleGrid>
  );
}

/** How many of these values differ from their defaults. */
export function countActive(values: Record<string, unknown>, defaults: Record<string, { default: string }>): number {
  return Object.keys(defaults).filter((k) => k !== 'q' && values[k] !== defaults[k]?.default).length;
}

interface SelectFilterProps {
  value: string;
  onChange: (value: string) => void;
}

export function CommuneFilter({ value, onChange }: SelectFilterProps) {
  const { t } = useTranslation('places');
  const options = useCommuneOptions();
  return (
    <NativeSelect
      label={t('filters.commune')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: t('filters.allCommunes') }, ...options]}
    />
  );
}

export function StatusFilterSelect({ value, onChange }: SelectFilterProps) {
  const { t } = useTranslation('places');
  return (
    <NativeSelect
      label={t('filters.status')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={STATUS_FILTERS.map((s) => ({ value: s, label: t(`filters.statuses.${s}`) }))}
    />
  );
}

interface SortSelectProps extends SelectFilterProps {
  /** Sort values of the contract, e.g. `name` and `-name`. */
  sorts: readonly string[];
  /** Prefix of the translation keys of the sort labels. */
  labelPrefix: string;
}

export function SortSelect({ value, onChange, sorts, labelPrefix }: SortSelectProps) {
  const { t } = useTranslation('places');
  return (
    <NativeSelect
      label={t('filters.sort')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={sorts.map((s) => ({ value: s, label: t(`${labelPrefix}.${s}`) }))}
    />
  );
}

interface OptionsFilterProps extends SelectFilterProps {
  label: string;
  allLabel: string;
  options: { value: string; label: string }[];
  disabled?: boolean;
  description?: string;
}

export function OptionsFilter({ label, allLabel, options, value, onChange, disabled, description }: OptionsFilterProps) {
  // Keep a chosen value selectable even before its options have loaded.
  const data = options.some((o) => o.value === value) || value === '' ? options : [...options, { value, label: value }];
  return (
    <NativeSelect
      label={label}
      description={description}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: allLabel }, ...data]}
    />
  );
}
