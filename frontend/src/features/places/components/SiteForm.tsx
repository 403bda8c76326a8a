import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { SITE_FORM_FIELDS, siteFormSchema, type SiteFormValues } from '../api/sites';
import { FormButtons } from './FormButtons';

export const EMPTY_SITE_FORM: SiteFormValues = { name: '', description: '' };

interface SiteFormProps {
  defaultValues: SiteFormValues;
  /** The record's latest version, offered after a 412. */
  latestValues?: SiteFormValues;
  submitLabel: string;
  cancelTo: string;
  submit: (values: SiteFormValues) => Promise<unknown>;
}

export function SiteForm({ defaultValues, latestValues, submitLabel, cancelTo, submit }: SiteFormProps) {
  const { t } = useTranslation('places');
  const form = useForm<SiteFormValues>({ resolver: zodResolver(siteFormSchema), defaultValues });
  const { onSubmit, submitError, clearSubmitError } = useSubmitHandler({
    form,
    fields: SITE_FORM_FIELDS,
    codeFields: { 'site-name-taken': { field: 'name', messageKey: 'places:errors.siteNameTaken' } },
    submit,
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={640}>
        <TextInput
          label={t('site.name')}
          required
          maxLength={120}
          autoComplete="off"
          error={fieldError(t, errors.name)}
          {...form.register('name')}
        />
        <Textarea
          label={t('site.description')}
          autosize
          minRows={3}
          maxLength={2000}
          error={fieldError(t, errors.description)}
          {...form.register('description')}
        />
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
