import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { ENTRY_FORM_FIELDS, entryFormSchema, type EntryFormValues } from '../api/entries';
import { RECORDABLE_KINDS, VISIBILITIES } from '../api/types';

interface EntryFormProps {
  defaultValues: EntryFormValues;
  submitLabel: string;
  /** Names the form for assistive technologies. */
  label: string;
  submit: (values: EntryFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/** An interview, drop-in, phone call, home visit, letter or welcome visit, and who may read its note. */
export function EntryForm({ defaultValues, submitLabel, label, submit, onCancel }: EntryFormProps) {
  const { t } = useTranslation('casefiles');
  const form = useForm<EntryFormValues>({ resolver: zodResolver(entryFormSchema), defaultValues });
  const { onSubmit, submitError } = useSubmitHandler({ form, fields: ENTRY_FORM_FIELDS, submit });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('entry.kind')}
            required
            error={fieldError(t, errors.kind)}
            data={RECORDABLE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            {...form.register('kind')}
          />
          <TextInput
            type="datetime-local"
            label={t('entry.occurredAt')}
            required
            error={fieldError(t, errors.occurredAt)}
            {...form.register('occurredAt')}
          />
        </SimpleGrid>
        <TextInput
          label={t('entry.participants')}
          description={t('entry.participantsHint')}
          maxLength={500}
          autoComplete="off"
          error={fieldError(t, errors.participants)}
          {...form.register('participants')}
        />
        <TextInput
          label={t('entry.summary')}
          description={t('entry.summaryHint')}
          required
          maxLength={300}
          autoComplete="off"
          error={fieldError(t, errors.summary)}
          {...form.register('summary')}
        />
        <Textarea
          label={t('entry.note')}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={20000}
          error={fieldError(t, errors.note)}
          {...form.register('note')}
        />
        <Controller
          control={form.control}
          name="visibility"
          render={({ field }) => (
            <Radio.Group
              label={t('entry.visibility')}
              required
              error={fieldError(t, errors.visibility)}
              name={field.name}
              value={field.value}
              onChange={(value) => field.onChange(value)}
            >
              <Stack gap="xs" mt="xs">
                {VISIBILITIES.map((v) => (
                  <Radio
                    key={v}
                    value={v}
                    label={t(`visibility.${v}`)}
                    description={t(`visibility.${v}Hint`)}
                    onBlur={field.onBlur}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <FormErrorAlert error={submitError} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
