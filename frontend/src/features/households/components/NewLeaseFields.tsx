import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError } from '@/lib/forms';
import {
  useBuildingOptions,
  useSiteOptions,
  useVacantDwellingOptions,
  type HouseholdFormValues,
} from '../api/households';

/**
 * The lease a new household starts: a vacant dwelling found site → building → dwelling, or by
 * address, and the start date. Only vacant dwellings are offered; the server refuses an occupied one.
 */
export function NewLeaseFields({ form }: { form: UseFormReturn<HouseholdFormValues> }) {
  const { t } = useTranslation('households');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const enabled = useWatch({ control: form.control, name: 'lease.enabled' });
  const siteId = useWatch({ control: form.control, name: 'lease.siteId' }) ?? '';
  const buildingId = useWatch({ control: form.control, name: 'lease.buildingId' }) ?? '';
  const sites = useSiteOptions();
  const buildings = useBuildingOptions(siteId);
  const dwellings = useVacantDwellingOptions({ q, siteId, buildingId });
  const errors = form.formState.errors.lease;

  const options = (dwellings.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.address} · ${t('dwelling.unitLabel', { unit: d.unit })} (${d.siteName})`,
  }));
  const searching = buildingId !== '' || q.length >= 2;
  const placeholder = !searching
    ? t('newLease.typeOrChoose')
    : dwellings.isFetching && options.length === 0
      ? t('common:states.loading')
      : options.length === 0
        ? t('newLease.noVacant')
        : t('newLease.choose', { count: options.length });

  return (
    <Fieldset legend={t('newLease.title')} variant="default">
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="lease.enabled"
          render={({ field }) => (
            <Checkbox
              label={t('newLease.enabled')}
              description={t('newLease.enabledHint')}
              checked={!!field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />
        {enabled && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={t('newLease.site')}
                data={[
                  { value: '', label: t('newLease.allSites') },
                  ...(sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
                ]}
                {...form.register('lease.siteId', {
                  onChange: () => {
                    form.setValue('lease.buildingId', '');
                    form.setValue('lease.dwellingId', '');
                  },
                })}
              />
              <NativeSelect
                label={t('newLease.building')}
                disabled={siteId === ''}
                data={[
                  { value: '', label: t('newLease.allBuildings') },
                  ...(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: `${b.street} ${b.number}` })),
                ]}
                {...form.register('lease.buildingId', { onChange: () => form.setValue('lease.dwellingId', '') })}
              />
            </SimpleGrid>
            <TextInput
              type="search"
              label={t('newLease.search')}
              description={t('newLease.searchHint')}
              value={search}
              maxLength={100}
              onChange={(e) => setSearch(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Controller
                control={form.control}
                name="lease.dwellingId"
                render={({ field }) => (
                  <NativeSelect
                    label={t('newLease.dwelling')}
                    required
                    error={fieldError(t, errors?.dwellingId)}
                    data={[{ value: '', label: placeholder }, ...options]}
                    {...field}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('newLease.startDate')}
                required
                error={fieldError(t, errors?.startDate)}
                {...form.register('lease.startDate')}
              />
            </SimpleGrid>
            <FormErrorAlert error={sites.error ?? buildings.error ?? dwellings.error} />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
