import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import { fieldError } from '@/lib/forms';
import { ACCESS_REASON_MAX } from '../api/accessReason';
import {
  ACCESS_REASON_CHOICES,
  accessReasonSchema,
  toAccessReasonText,
  type AccessReasonValues,
} from '../api/caseFiles';

interface AccessReasonDialogProps {
  opened: boolean;
  /** Sends the reason with the request again; rejects when the server still refuses. */
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
  error?: unknown;
}

/**
 * Asked when a social worker opens a file outside their caseload: professional secrecy allows it
 * for the household's benefit only, and the reason goes to the access log the DPO reads. The usual
 * reasons are offered; "other" asks for the details.
 */
export function AccessReasonDialog({ opened, onSubmit, onCancel, error }: AccessReasonDialogProps) {
  const { t } = useTranslation('casefiles');
  const form = useForm<AccessReasonValues>({
    resolver: zodResolver(accessReasonSchema),
    defaultValues: { choice: undefined, detail: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const choice = form.watch('choice');
  const submit = form.handleSubmit(async (values) => {
    await onSubmit(toAccessReasonText(values, (c) => t(`accessReasonChoices.${c}`)));
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
          <Controller
            control={form.control}
            name="choice"
            render={({ field }) => (
              <Radio.Group
                label={t('accessReasonChoices.legend')}
                required
                error={fieldError(t, errors.choice)}
                name={field.name}
                value={field.value ?? null}
                onChange={field.onChange}
              >
                <Stack gap="xs" mt="xs">
                  {ACCESS_REASON_CHOICES.map((c, i) => (
                    <Radio key={c} value={c} label={t(`accessReasonChoices.${c}`)} data-autofocus={i === 0 || undefined} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Textarea
            label={t('accessReasonChoices.detail')}
            description={t('accessReasonChoices.detailHint')}
            required={choice === 'other'}
            autosize
            minRows={2}
            maxLength={ACCESS_REASON_MAX}
            error={fieldError(t, errors.detail)}
            {...form.register('detail')}
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
