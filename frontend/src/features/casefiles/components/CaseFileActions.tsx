import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ProblemAlert } from '@/components';
import { fieldError } from '@/lib/forms';
import { closeSchema, useTransition, type CloseValues } from '../api/caseFiles';
import { NEXT_STATUSES, type CaseFile, type CaseFileStatus } from '../api/types';
import { GiveToWorkerAction } from './GiveToWorkerAction';

function CloseDialog({
  opened,
  onCancel,
  close,
}: {
  opened: boolean;
  onCancel: () => void;
  close: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('casefiles');
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CloseValues>({ resolver: zodResolver(closeSchema), defaultValues: { reason: '' } });
  const { errors, isSubmitting } = form.formState;
  const cancel = () => {
    setError(null);
    form.reset();
    onCancel();
  };
  const submit = form.handleSubmit(async ({ reason }) => {
    setError(null);
    try {
      await close(reason.trim());
      form.reset();
    } catch (e) {
      setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={cancel} title={t('lifecycle.closeTitle')} centered closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('lifecycle.closeExplanation')}</Text>
          <Textarea
            label={t('lifecycle.closingReason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            error={fieldError(t, errors.reason)}
            {...form.register('reason')}
          />
          <ProblemAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={cancel} disabled={isSubmitting}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={isSubmitting}>
              {t('lifecycle.confirmClose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The lifecycle buttons the file's status allows: activate, close (with a reason), reopen, archive. */
export function CaseFileActions({ caseFile, etag }: { caseFile: CaseFile; etag: string }) {
  const { t } = useTranslation('casefiles');
  const transition = useTransition(caseFile.id);
  const [dialog, setDialog] = useState<'close' | 'archive' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const allowed = NEXT_STATUSES[caseFile.status];

  const go = async (to: CaseFileStatus, reason?: string) => {
    setError(null);
    await transition.mutateAsync({ input: { to, reason }, etag });
    setDialog(null);
  };
  const goNow = (to: CaseFileStatus) => () => {
    go(to).catch(setError);
  };

  if (allowed.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <GiveToWorkerAction caseFile={caseFile} etag={etag} />
        {caseFile.status === 'open' && allowed.includes('active') && (
          <Button variant="outline" onClick={goNow('active')} loading={transition.isPending && transition.variables?.input.to === 'active'}>
            {t('lifecycle.activate')}
          </Button>
        )}
        {caseFile.status === 'closed' && allowed.includes('active') && (
          <Button variant="outline" onClick={goNow('active')} loading={transition.isPending && transition.variables?.input.to === 'active'}>
            {t('lifecycle.reopen')}
          </Button>
        )}
        {allowed.includes('closed') && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('close')}>
            {t('lifecycle.close')}
          </Button>
        )}
        {allowed.includes('archived') && (
          <Button variant="outline" color="gray.8" onClick={() => setDialog('archive')}>
            {t('lifecycle.archive')}
          </Button>
        )}
      </Group>
      {dialog === null && <ProblemAlert error={error} />}
      <CloseDialog opened={dialog === 'close'} onCancel={() => setDialog(null)} close={(reason) => go('closed', reason)} />
      <ConfirmDialog
        opened={dialog === 'archive'}
        title={t('lifecycle.archiveTitle')}
        message={t('lifecycle.archiveMessage')}
        confirmLabel={t('lifecycle.confirmArchive')}
        loading={transition.isPending}
        error={error}
        onCancel={() => {
          setError(null);
          setDialog(null);
        }}
        onConfirm={() => {
          go('archived').catch(setError);
        }}
      />
    </Stack>
  );
}
