import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import { fieldError } from '@/lib/forms';
import { ACCESS_REASON_MAX } from '../api/accessReason';
import { accessReasonSchema, type AccessReasonValues } from '../api/caseFiles';

interface AccessReasonDialogProps {
  opened: boolean;
  /** Sends the reason with the request again; rejects when the server still refuses. */
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
  error?: unknown;
}

/**
 * Asked when a social worker opens a file outside their caseload: professional secrecy allows it
 * for the household's benefit only, and the reason goes to the access log the DPO reads.
 */
export function AccessReasonDialog({ opened, onSubmit, onCancel, error }: AccessReasonDialogProps) {
  const { t } = useTranslation('casefiles');
  const form = useForm<AccessReasonValues>({ resolver: zodResolver(accessReasonSchema), defaultValues: { reason: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ reason }) => {
    await onSubmit(reason);
  });

  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('accessReason.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('accessReason.explanation')}</Text>
          <Textarea
            label={t('accessReason.label')}
            description={t('accessReason.hint')}
            required
            autosize
            minRows={2}
            maxLength={ACCESS_REASON_MAX}
            data-autofocus
            error={fieldError(t, errors.reason)}
            {...form.register('reason')}
          />
          <ProblemAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('accessReason.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
