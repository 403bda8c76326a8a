import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useFieldArray, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorAlert } from '@/components';
import { toDateValue } from '@/lib/dates';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import {
  EMPTY_MEMBER,
  HOUSEHOLD_FORM_FIELDS,
  householdFieldOf,
  householdFormSchema,
  type HouseholdFormValues,
} from '../api/households';
import { LANGUAGES, MAX_MEMBERS, MEMBER_ROLES } from '../api/types';
import { NewLeaseFields } from './NewLeaseFields';

interface HouseholdFormProps {
  defaultValues: HouseholdFormValues;
  /** The record's latest version, offered after a 412. */
  latestValues?: HouseholdFormValues;
  submitLabel: string;
  cancelTo: string;
  submit: (values: HouseholdFormValues) => Promise<unknown>;
}

export const EMPTY_HOUSEHOLD_FORM: HouseholdFormValues = {
  externalRef: '',
  members: [{ ...EMPTY_MEMBER, role: 'reference-tenant' }],
};

/** A new household: its reference tenant, and the lease it starts today unless the user says otherwise. */
export function newHouseholdForm(): HouseholdFormValues {
  return {
    ...EMPTY_HOUSEHOLD_FORM,
    lease: { enabled: true, siteId: '', buildingId: '', dwellingId: '', startDate: toDateValue() },
  };
}

/**
 * The household and its members: add, remove, and exactly one reference tenant. On creation
 * (`defaultValues.lease` set), the dwelling and the lease too, saved with the household in one call.
 */
export function HouseholdForm({ defaultValues, latestValues, submitLabel, cancelTo, submit }: HouseholdFormProps) {
  const { t } = useTranslation('households');
  const form = useForm<HouseholdFormValues>({ resolver: zodResolver(householdFormSchema), defaultValues });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'members', keyName: 'key' });
  const { onSubmit, submitError, clearSubmitError } = useSubmitHandler({
    form,
    fields: HOUSEHOLD_FORM_FIELDS,
    resolveField: householdFieldOf,
    codeFields: {
      'household-ref-taken': { field: 'externalRef', messageKey: 'common:errors.codes.household-ref-taken' },
      'dwelling-occupied': { field: 'lease.dwellingId', messageKey: 'common:errors.codes.dwelling-occupied' },
    },
    submit,
  });
  const members = useWatch({ control: form.control, name: 'members' });
  const { errors, isSubmitting } = form.formState;
  // The list's own error (zod puts it on `root` of a field array; a server violation too).
  const listError = errors.members?.root ?? (errors.members?.message ? (errors.members as FieldError) : undefined);
  const membersError = fieldError(t, listError);

  const memberName = (index: number) => {
    const m = members?.[index];
    const name = `${m?.firstName ?? ''} ${m?.lastName ?? ''}`.trim();
    return name || t('members.memberN', { n: index + 1 });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={880}>
        <TextInput
          label={t('household.externalRef')}
          description={t('household.externalRefHint')}
          maxLength={40}
          autoComplete="off"
          error={fieldError(t, errors.externalRef)}
          {...form.register('externalRef')}
        />
        <Stack gap="sm" component="section" aria-labelledby="members-heading">
          <Title order={2} size="h4" id="members-heading">
            {t('members.title')}
          </Title>
          <Text size="sm">{t('members.referenceTenantRule')}</Text>
          {membersError && (
            <Alert color="red.9" variant="outline" role="alert" data-testid="members-error">
              {membersError}
            </Alert>
          )}
          {fields.map((field, index) => {
            const e = errors.members?.[index];
            return (
              <Fieldset key={field.key} legend={memberName(index)} variant="default">
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                    <TextInput
                      label={t('member.firstName')}
                      required
                      maxLength={80}
                      autoComplete="off"
                      error={fieldError(t, e?.firstName)}
                      {...form.register(`members.${index}.firstName`)}
                    />
                    <TextInput
                      label={t('member.lastName')}
                      required
                      maxLength={80}
                      autoComplete="off"
                      error={fieldError(t, e?.lastName)}
                      {...form.register(`members.${index}.lastName`)}
                    />
                    <NativeSelect
                      label={t('member.role')}
                      required
                      error={fieldError(t, e?.role)}
                      data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      {...form.register(`members.${index}.role`)}
                    />
                    <TextInput
                      type="date"
                      label={t('member.birthDate')}
                      error={fieldError(t, e?.birthDate)}
                      {...form.register(`members.${index}.birthDate`)}
                    />
                    <NativeSelect
                      label={t('member.preferredLanguage')}
                      required
                      error={fieldError(t, e?.preferredLanguage)}
                      data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                      {...form.register(`members.${index}.preferredLanguage`)}
                    />
                    <TextInput
                      type="tel"
                      label={t('member.phone')}
                      maxLength={30}
                      autoComplete="off"
                      error={fieldError(t, e?.phone)}
                      {...form.register(`members.${index}.phone`)}
                    />
                    <TextInput
                      type="email"
                      label={t('member.email')}
                      maxLength={120}
                      autoComplete="off"
                      error={fieldError(t, e?.email)}
                      {...form.register(`members.${index}.email`)}
                    />
                  </SimpleGrid>
                  <div>
                    <Button
                      variant="outline"
                      color="red.8"
                      size="xs"
                      disabled={fields.length <= 1}
                      onClick={() => remove(index)}
                      aria-label={t('members.removeNamed', { name: memberName(index) })}
                    >
                      {t('members.remove')}
                    </Button>
                  </div>
                </Stack>
              </Fieldset>
            );
          })}
          <div>
            <Button variant="default" disabled={fields.length >= MAX_MEMBERS} onClick={() => append({ ...EMPTY_MEMBER })}>
              {t('members.add')}
            </Button>
          </div>
        </Stack>
        {defaultValues.lease && <NewLeaseFields form={form} />}
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
        <Group gap="sm" mt="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
