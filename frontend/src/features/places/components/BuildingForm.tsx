import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { BUILDING_FORM_FIELDS, buildingFormSchema, type BuildingFormValues } from '../api/buildings';
import { communeForPostcode, useCommuneOptions, useCommunes } from '../api/communes';
import { useSites } from '../api/sites';
import { MAX_PAGE_SIZE } from '../api/types';
import { FormButtons } from './FormButtons';

export const EMPTY_BUILDING_FORM: BuildingFormValues = {
  siteId: '',
  name: '',
  street: '',
  number: '',
  postcode: '',
  commune: '',
};

interface BuildingFormProps {
  defaultValues: BuildingFormValues;
  latestValues?: BuildingFormValues;
  /** The current site's name, in case it is not among the active sites offered. */
  currentSiteName?: string;
  submitLabel: string;
  cancelTo: string;
  submit: (values: BuildingFormValues) => Promise<unknown>;
}

export function BuildingForm({ defaultValues, latestValues, currentSiteName, submitLabel, cancelTo, submit }: BuildingFormProps) {
  const { t } = useTranslation('places');
  const form = useForm<BuildingFormValues>({ resolver: zodResolver(buildingFormSchema), defaultValues });
  const { onSubmit, submitError, clearSubmitError } = useSubmitHandler({ form, fields: BUILDING_FORM_FIELDS, submit });
  const { errors, isSubmitting } = form.formState;

  const sites = useSites({ status: 'active', sort: 'name', size: MAX_PAGE_SIZE });
  const communes = useCommunes();
  const communeOptions = useCommuneOptions();

  const siteOptions = (sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  if (defaultValues.siteId && !siteOptions.some((o) => o.value === defaultValues.siteId)) {
    siteOptions.push({ value: defaultValues.siteId, label: currentSiteName ?? defaultValues.siteId });
  }

  const postcodeField = form.register('postcode', {
    onChange: (event: { target: { value: string } }) => {
      // A postcode that belongs to one commune fills the commune in, when none is chosen yet.
      const match = communeForPostcode(communes.data, event.target.value.trim());
      if (match && !form.getValues('commune')) form.setValue('commune', match.code, { shouldValidate: true });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={720}>
        <Controller
          control={form.control}
          name="siteId"
          render={({ field }) => (
            <NativeSelect
              label={t('building.site')}
              required
              error={fieldError(t, errors.siteId)}
              data={[{ value: '', label: t('form.chooseSite') }, ...siteOptions]}
              {...field}
            />
          )}
        />
        <TextInput
          label={t('building.name')}
          description={t('building.nameHint')}
          maxLength={80}
          autoComplete="off"
          error={fieldError(t, errors.name)}
          {...form.register('name')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('building.street')}
            required
            maxLength={120}
            autoComplete="off"
            error={fieldError(t, errors.street)}
            {...form.register('street')}
          />
          <TextInput
            label={t('building.number')}
            required
            maxLength={12}
            autoComplete="off"
            error={fieldError(t, errors.number)}
            {...form.register('number')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('building.postcode')}
            required
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            error={fieldError(t, errors.postcode)}
            {...postcodeField}
          />
          <Controller
            control={form.control}
            name="commune"
            render={({ field }) => (
              <NativeSelect
                label={t('building.commune')}
                required
                error={fieldError(t, errors.commune)}
                data={[{ value: '', label: t('form.chooseCommune') }, ...communeOptions]}
                {...field}
              />
            )}
          />
        </SimpleGrid>
        <FormErrorAlert
          error={submitError}
          onLoadLatest={
            latestValues
              ? () => {
                  form.reset(latestValues);
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
