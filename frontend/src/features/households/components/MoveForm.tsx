import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorAlert } from '@/components';
import { toDateValue } from '@/lib/dates';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { MOVE_FORM_FIELDS, moveFormSchema, useDwellingOptions, type MoveFormValues } from '../api/households';

interface MoveFormProps {
  /** The dwelling the household rents now, not offered. */
  currentDwellingId?: string;
  cancelTo: string;
  submit: (values: MoveFormValues) => Promise<unknown>;
}

/** A move (mutation): the new dwelling, found by address or unit, and the new lease's start. */
export function MoveForm({ currentDwellingId, cancelTo, submit }: MoveFormProps) {
  const { t } = useTranslation('households');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const dwellings = useDwellingOptions(q);
  const form = useForm<MoveFormValues>({
    resolver: zodResolver(moveFormSchema),
    defaultValues: { dwellingId: '', startDate: toDateValue() },
  });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: MOVE_FORM_FIELDS,
    codeFields: {
      'dwelling-occupied': { field: 'dwellingId', messageKey: 'common:errors.codes.dwelling-occupied' },
      'already-leased': { field: 'dwellingId', messageKey: 'common:errors.codes.already-leased' },
    },
    submit,
  });
  const { errors, isSubmitting } = form.formState;
  const options = (dwellings.data?.items ?? [])
    .filter((d) => d.id !== currentDwellingId)
    .map((d) => ({
      value: d.id,
      label: `${d.address} · ${t('dwelling.unitLabel', { unit: d.unit })} (${d.siteName})`,
    }));
  const placeholder =
    q.length < 2
      ? t('move.typeFirst')
      : dwellings.isFetching && options.length === 0
        ? t('common:states.loading')
        : options.length === 0
          ? t('move.noMatch')
          : t('move.choose', { count: options.length });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={640}>
        <TextInput
          type="search"
          label={t('move.search')}
          description={t('move.searchHint')}
          value={search}
          maxLength={100}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <Controller
          control={form.control}
          name="dwellingId"
          render={({ field }) => (
            <NativeSelect
              label={t('move.dwelling')}
              required
              error={fieldError(t, errors.dwellingId)}
              data={[{ value: '', label: placeholder }, ...options]}
              {...field}
            />
          )}
        />
        <TextInput
          type="date"
          label={t('move.startDate')}
          description={t('move.startDateHint')}
          required
          error={fieldError(t, errors.startDate)}
          {...form.register('startDate')}
        />
        <FormErrorAlert error={submitError ?? dwellings.error} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('move.submit')}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
