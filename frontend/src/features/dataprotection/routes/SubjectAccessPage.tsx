import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ForbiddenState, FormErrorAlert, PageHeader } from '@/components';
import { ACCESS_REASON_MAX } from '@/lib/api';
import { useCurrentUser } from '@/lib/auth';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { downloadExport, exportSchema, UUID_PATTERN, type ExportFormat, type ExportValues } from '../api/exports';
import { HouseholdLookup } from '../components/HouseholdLookup';

/**
 * The DPO's answer to a subject-access request: everything Hestia holds about a household, as a
 * machine-readable file and as a readable document in the household's language. Each download is
 * recorded in the access log with the reason given here.
 */
export function SubjectAccessPage() {
  const { t } = useTranslation('dataprotection');
  const user = useCurrentUser();
  const [searchParams] = useSearchParams();
  const initialHousehold = searchParams.get('householdId') ?? '';
  // The clicked button chooses the format; a ref, because the submit handler runs in the same click.
  const format = useRef<ExportFormat>('html');
  const [pending, setPending] = useState<ExportFormat | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const form = useForm<ExportValues>({
    resolver: zodResolver(exportSchema),
    defaultValues: { householdId: UUID_PATTERN.test(initialHousehold) ? initialHousehold : '', reason: '' },
  });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: ['householdId', 'reason'],
    resolveField: (field) => (field === 'Hestia-Access-Reason' ? 'reason' : undefined),
    submit: async (values) => {
      setDownloaded(null);
      setPending(format.current);
      try {
        setDownloaded(await downloadExport(values, format.current));
      } finally {
        setPending(null);
      }
    },
  });
  if (!user.roles.includes('dpo')) return <ForbiddenState />;
  const { errors } = form.formState;

  return (
    <>
      <PageHeader title={t('export.title')} />
      <Stack gap="md" maw={640}>
        <Text size="sm">{t('export.intro')}</Text>
        <Text size="sm">{t('export.exclusion')}</Text>
        <HouseholdLookup
          onChoose={(householdId, name) => {
            form.setValue('householdId', householdId, { shouldValidate: true });
            setChosen(name);
          }}
        />
        <form onSubmit={onSubmit} noValidate aria-label={t('export.formLabel')}>
          <Stack gap="sm">
            <TextInput
              label={t('export.householdId')}
              description={chosen ? t('export.chosen', { name: chosen }) : t('export.householdIdHint')}
              required
              spellCheck={false}
              error={fieldError(t, errors.householdId)}
              {...form.register('householdId', { onChange: () => setChosen(null) })}
            />
            <Textarea
              label={t('export.reason')}
              description={t('export.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={ACCESS_REASON_MAX}
              error={fieldError(t, errors.reason)}
              {...form.register('reason')}
            />
            <FormErrorAlert error={submitError} />
            <div aria-live="polite">
              {downloaded && (
                <Alert color="blue.9" variant="outline" role="note" title={t('export.done')}>
                  {downloaded}
                </Alert>
              )}
            </div>
            <Group gap="sm">
              <Button
                type="submit"
                loading={pending === 'html'}
                disabled={pending !== null}
                onClick={() => (format.current = 'html')}
              >
                {t('export.document')}
              </Button>
              <Button
                type="submit"
                variant="default"
                loading={pending === 'json'}
                disabled={pending !== null}
                onClick={() => (format.current = 'json')}
              >
                {t('export.json')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </>
  );
}
