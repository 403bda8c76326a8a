import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { holdSchema, usePlaceHold, type HoldValues, type RetentionReportItem } from '../api/retention';

interface HoldDialogProps {
  item: RetentionReportItem | null;
  onClose: () => void;
}

/** A legal hold keeps a file from anonymisation; the reason goes to the access log. */
export function HoldDialog({ item, onClose }: HoldDialogProps) {
  const { t } = useTranslation('dataprotection');
  const placeHold = usePlaceHold();
  const form = useForm<HoldValues>({ resolver: zodResolver(holdSchema), defaultValues: { reason: '' } });
  const { onSubmit, submitError, clearSubmitError } = useSubmitHandler({
    form,
    fields: ['reason'],
    submit: async ({ reason }) => {
      if (!item) return;
      await placeHold.mutateAsync({ caseFileId: item.caseFileId, reason });
      form.reset();
      onClose();
    },
  });
  const close = () => {
    form.reset();
    clearSubmitError();
    onClose();
  };

  return (
    <Modal
      opened={item !== null}
      onClose={close}
      title={t('hold.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('hold.explanation', { household: item?.householdName ?? '' })}</Text>
          <Textarea
            label={t('hold.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            error={fieldError(t, form.formState.errors.reason)}
            {...form.register('reason')}
          />
          <FormErrorAlert error={submitError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={form.formState.isSubmitting}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('hold.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
