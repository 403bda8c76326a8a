import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import {
  ASSIGNMENTS_FORM_FIELDS,
  assignmentsFormSchemaFor,
  openFilesConcerned,
  type AssignmentsFormValues,
} from '../api/sites';
import { useStaff } from '../api/staff';
import type { Site } from '../api/types';

interface AssignmentsFormProps {
  site: Site;
  submit: (values: AssignmentsFormValues) => Promise<unknown>;
  onCancel: () => void;
}

type Person = { id: string; displayName: string; signedInAt?: string };

function options(
  staff: Person[] | undefined,
  current: Person | undefined,
  neverSignedIn: (name: string) => string,
) {
  // Someone known from the directory only can be assigned too: the label says they have not signed in yet.
  const list = (staff ?? []).map((s) => ({ value: s.id, label: s.signedInAt ? s.displayName : neverSignedIn(s.displayName) }));
  if (current && !list.some((o) => o.value === current.id)) list.push({ value: current.id, label: current.displayName });
  return list.sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Picks the referent social worker and the collective worker of a site in the staff directory. When the referent
 * changes on a site with open files, asks whether they move to the new referent (with their number).
 */
export function AssignmentsForm({ site, submit, onCancel }: AssignmentsFormProps) {
  const { t } = useTranslation('places');
  const form = useForm<AssignmentsFormValues>({
    resolver: zodResolver(assignmentsFormSchemaFor(site)),
    defaultValues: {
      referentSocialWorkerId: site.referentSocialWorker?.id ?? '',
      collectiveWorkerId: site.collectiveWorker?.id ?? '',
      moveOpenFiles: '',
    },
  });
  const { onSubmit, submitError } = useSubmitHandler({ form, fields: ASSIGNMENTS_FORM_FIELDS, submit });
  const socialWorkers = useStaff('social-worker');
  const collectiveWorkers = useStaff('collective-worker');
  const { errors, isSubmitting } = form.formState;
  const neverSignedIn = (name: string) => t('staff.neverSignedInOption', { name });
  const concerned = openFilesConcerned(site, form.watch('referentSocialWorkerId'));
  const previous = site.referentSocialWorker?.displayName;

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
                  ...options(socialWorkers.data?.items, site.referentSocialWorker, neverSignedIn),
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
                  ...options(collectiveWorkers.data?.items, site.collectiveWorker, neverSignedIn),
                ]}
                {...field}
              />
            )}
          />
        </SimpleGrid>
        {concerned > 0 && (
          <Controller
            control={form.control}
            name="moveOpenFiles"
            render={({ field }) => (
              <Radio.Group
                label={
                  previous
                    ? t('assignments.openFilesQuestion', { count: concerned, name: previous })
                    : t('assignments.waitingFilesQuestion', { count: concerned })
                }
                required
                error={fieldError(t, errors.moveOpenFiles)}
                {...field}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="move" label={t('assignments.moveOpenFiles', { count: concerned })} />
                  <Radio
                    value="keep"
                    label={previous ? t('assignments.keepOpenFiles', { name: previous }) : t('assignments.keepWaitingFiles')}
                  />
                </Stack>
              </Radio.Group>
            )}
          />
        )}
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
