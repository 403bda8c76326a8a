import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { useBuildings } from '../api/buildings';
import { DWELLING_FORM_FIELDS, dwellingFormSchema, type DwellingFormValues } from '../api/dwellings';
import { useSites } from '../api/sites';
import { DWELLING_TYPES, MAX_PAGE_SIZE } from '../api/types';
import { fullAddress } from './format';
import { FormButtons } from './FormButtons';

/** Form values before a building and a type are chosen. */
export type DwellingFormDraft = Omit<DwellingFormValues, 'type'> & { type: DwellingFormValues['type'] | '' };

export const EMPTY_DWELLING_FORM: DwellingFormDraft = {
  siteId: '',
  buildingId: '',
  unit: '',
  floor: 0,
  bedrooms: 1,
  type: '',
};

interface DwellingFormProps {
  defaultValues: DwellingFormDraft;
  latestValues?: DwellingFormDraft;
  /** Labels of the current site and building, in case they are not among the active ones offered. */
  current?: { siteName: string; address: string };
  submitLabel: string;
  cancelTo: string;
  submit: (values: DwellingFormValues) => Promise<unknown>;
}

function toNumber(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  if (value.trim() === '' || value === '-') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function DwellingForm({ defaultValues, latestValues, current, submitLabel, cancelTo, submit }: DwellingFormProps) {
  const { t } = useTranslation('places');
  // The draft allows an empty type; the schema refuses it on submit.
  const form = useForm<DwellingFormValues>({
    resolver: zodResolver(dwellingFormSchema),
    defaultValues: defaultValues as DwellingFormValues,
  });
  const { onSubmit, submitError, clearSubmitError } = useSubmitHandler({
    form,
    fields: DWELLING_FORM_FIELDS,
    codeFields: { 'dwelling-unit-taken': { field: 'unit', messageKey: 'places:errors.dwellingUnitTaken' } },
    submit,
  });
  const { errors, isSubmitting } = form.formState;
  const siteId = useWatch({ control: form.control, name: 'siteId' });

  const sites = useSites({ status: 'active', sort: 'name', size: MAX_PAGE_SIZE });
  const buildings = useBuildings({ siteId, status: 'active', sort: 'address', size: MAX_PAGE_SIZE }, !!siteId);

  const siteOptions = (sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  if (defaultValues.siteId && !siteOptions.some((o) => o.value === defaultValues.siteId)) {
    siteOptions.push({ value: defaultValues.siteId, label: current?.siteName ?? defaultValues.siteId });
  }
  const buildingOptions = siteId
    ? (buildings.data?.items ?? []).map((b) => ({
        value: b.id,
        label: b.name ? `${fullAddress(b)} (${b.name})` : fullAddress(b),
      }))
    : [];
  if (
    defaultValues.buildingId &&
    siteId === defaultValues.siteId &&
    !buildingOptions.some((o) => o.value === defaultValues.buildingId)
  ) {
    buildingOptions.push({ value: defaultValues.buildingId, label: current?.address ?? defaultValues.buildingId });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={720}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="siteId"
            render={({ field }) => (
              <NativeSelect
                label={t('dwelling.site')}
                data={[{ value: '', label: t('form.chooseSite') }, ...siteOptions]}
                {...field}
                onChange={(event) => {
                  field.onChange(event);
                  form.setValue('buildingId', '');
                }}
              />
            )}
          />
          <Controller
            control={form.control}
            name="buildingId"
            render={({ field }) => (
              <NativeSelect
                label={t('dwelling.building')}
                required
                disabled={!siteId}
                description={siteId ? undefined : t('form.chooseSiteFirst')}
                error={fieldError(t, errors.buildingId)}
                data={[{ value: '', label: t('form.chooseBuilding') }, ...buildingOptions]}
                {...field}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('dwelling.unit')}
            description={t('dwelling.unitHint')}
            required
            maxLength={20}
            autoComplete="off"
            error={fieldError(t, errors.unit)}
            {...form.register('unit')}
          />
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <NativeSelect
                label={t('dwelling.type')}
                required
                error={fieldError(t, errors.type)}
                data={[
                  { value: '', label: t('form.chooseType') },
                  ...DWELLING_TYPES.map((type) => ({ value: type, label: t(`dwellingTypes.${type}`) })),
                ]}
                {...field}
              />
            )}
          />
          <Controller
            control={form.control}
            name="floor"
            render={({ field }) => (
              <NumberInput
                label={t('dwelling.floor')}
                description={t('dwelling.floorHint')}
                required
                min={-2}
                max={40}
                allowDecimal={false}
                error={fieldError(t, errors.floor)}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(toNumber(value))}
              />
            )}
          />
          <Controller
            control={form.control}
            name="bedrooms"
            render={({ field }) => (
              <NumberInput
                label={t('dwelling.bedrooms')}
                required
                min={0}
                max={8}
                allowDecimal={false}
                allowNegative={false}
                error={fieldError(t, errors.bedrooms)}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(toNumber(value))}
              />
            )}
          />
        </SimpleGrid>
        <FormErrorAlert
          error={submitError}
          onLoadLatest={
            latestValues
              ? () => {
                  form.reset(latestValues as DwellingFormValues);
                  clearSubmitError();
                }
              : undefined
          }
        />
        <FormButtons submitLabel={submitLabel} cancelTo={cancelTo} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
