import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import { fieldError } from '@/lib/forms';
import { useStaff } from '../api/caseFiles';
import { reassignSchema, useReassign, type ReassignValues } from '../api/reassign';
import type { CaseFile } from '../api/types';
import { useCaseFilePermissions } from '../permissions';

/**
 * "Give to another worker": the service manager picks a social worker of the organisation and the file becomes
 * theirs (the timeline gets a handover entry). Shown for followed files, to the service manager only.
 */
export function GiveToWorkerAction({ caseFile, etag }: { caseFile: CaseFile; etag: string }) {
  const { t } = useTranslation('casefiles');
  const { isManager } = useCaseFilePermissions();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const followed = caseFile.status === 'open' || caseFile.status === 'active';
  const workers = useStaff('social-worker', isManager && followed && opened);
  const reassign = useReassign(caseFile.id);
  const form = useForm<ReassignValues>({ resolver: zodResolver(reassignSchema), defaultValues: { referentId: '' } });
  const { errors, isSubmitting } = form.formState;

  if (!isManager || !followed) return null;

  const close = () => {
    setError(null);
    form.reset();
    setOpened(false);
  };
  const submit = form.handleSubmit(async ({ referentId }) => {
    setError(null);
    try {
      await reassign.mutateAsync({ referentId, etag });
      close();
    } catch (e) {
      setError(e);
    }
  });
  const choices = (workers.data?.items ?? [])
    .filter((worker) => worker.id !== caseFile.referent?.id)
    .map((worker) => ({
      value: worker.id,
      label: worker.signedInAt ? worker.displayName : t('reassign.neverSignedIn', { name: worker.displayName }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      <Button variant="outline" onClick={() => setOpened(true)}>
        {t('reassign.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('reassign.title')}
        centered
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              {caseFile.referent
                ? t('reassign.explanation', { name: caseFile.referent.displayName })
                : t('reassign.explanationNoReferent')}
            </Text>
            <Controller
              control={form.control}
              name="referentId"
              render={({ field }) => (
                <NativeSelect
                  label={t('reassign.to')}
                  required
                  data-autofocus
                  error={fieldError(t, errors.referentId)}
                  data={[{ value: '', label: t('reassign.choose') }, ...choices]}
                  {...field}
                />
              )}
            />
            <ProblemAlert error={error ?? workers.error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={isSubmitting}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting}>
                {t('reassign.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
