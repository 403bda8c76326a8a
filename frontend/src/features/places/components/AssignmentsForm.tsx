import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { ASSIGNMENTS_FORM_FIELDS, assignmentsFormSchema, type AssignmentsFormValues } from '../api/sites';
import { useStaff } from '../api/staff';
import type { Site } from '../api/types';

interface AssignmentsFormProps {
  site: Site;
  submit: (values: AssignmentsFormValues) => Promise<unknown>;
  onCancel: () => void;
}

function options(staff: { id: string; displayName: string }[] | undefined, current?: { id: string; displayName: string }) {
  const list = (staff ?? []).map((s) => ({ value: s.id, label: s.displayName }));
  if (current && !list.some((o) => o.value === current.id)) list.push({ value: current.id, label: current.displayName });
  return list.sort((a, b) => a.label.localeCompare(b.label));
}

/** Picks the referent social worker and the collective worker of a site among signed-in staff. */
export function AssignmentsForm({ site, submit, onCancel }: AssignmentsFormProps) {
  const { t } = useTranslation('places');
  const form = useForm<AssignmentsFormValues>({
    resolver: zodResolver(assignmentsFormSchema),
    defaultValues: {
      referentSocialWorkerId: site.referentSocialWorker?.id ?? '',
      collectiveWorkerId: site.collectiveWorker?.id ?? '',
    },
  });
  const { onSubmit, submitError } = useSubmitHandler({ form, fields: ASSIGNMENTS_FORM_FIELDS, submit });
  const socialWorkers = useStaff('social-worker');
  const collectiveWorkers = useStaff('collective-worker');
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('assignments.formLabel')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="referentSocialWorkerId"
            render={({ field }) => (
              <NativeSelect
                label={t('site.referentSocialWorker')}
                error={fieldError(t, errors.referentSocialWorkerId)}
                data={[
                  { value: '', label: t('site.unassigned') },
                  ...options(socialWorkers.data?.items, site.referentSocialWorker),
                ]}
                {...field}
              />
            )}
          />
          <Controller
            control={form.control}
            name="collectiveWorkerId"
            render={({ field }) => (
              <NativeSelect
                label={t('site.collectiveWorker')}
                error={fieldError(t, errors.collectiveWorkerId)}
                data={[
                  { value: '', label: t('site.unassigned') },
                  ...options(collectiveWorkers.data?.items, site.collectiveWorker),
                ]}
                {...field}
              />
            )}
          />
        </SimpleGrid>
        <FormErrorAlert error={submitError ?? socialWorkers.error ?? collectiveWorkers.error} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('assignments.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
