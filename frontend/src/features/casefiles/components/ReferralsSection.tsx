import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '@/components';
import { formatDateTime } from '@/lib/dates';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import {
  emptyReferralForm,
  REFERRAL_FORM_FIELDS,
  REFERRAL_OUTCOME_FIELDS,
  referralFormSchema,
  referralOutcomeSchema,
  toReferralInput,
  toReferralOutcomeInput,
  useAddReferral,
  useReferrals,
  useUpdateReferral,
  type ReferralFormValues,
  type ReferralOutcomeValues,
} from '../api/referrals';
import { PARTNER_KINDS, REFERRAL_STATUSES, type Referral } from '../api/types';
import { CaseSection } from './CaseSection';

/** A referral to a partner; consent is asked here and enforced by the server (code consent-required). */
function ReferralForm({ caseFileId, onDone }: { caseFileId: string; onDone: () => void }) {
  const { t } = useTranslation('casefiles');
  const add = useAddReferral(caseFileId);
  const form = useForm<ReferralFormValues>({ resolver: zodResolver(referralFormSchema), defaultValues: emptyReferralForm() });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: REFERRAL_FORM_FIELDS,
    codeFields: { 'consent-required': { field: 'consentGiven', messageKey: 'casefiles:referrals.consentRequired' } },
    submit: async (values) => {
      await add.mutateAsync(toReferralInput(values));
      onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('referrals.add')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('referrals.partnerKind')}
            required
            error={fieldError(t, errors.partnerKind)}
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKinds.${k}`) }))}
            {...form.register('partnerKind')}
          />
          <TextInput
            label={t('referrals.partnerName')}
            description={t('referrals.partnerNameHint')}
            required
            maxLength={200}
            autoComplete="off"
            error={fieldError(t, errors.partnerName)}
            {...form.register('partnerName')}
          />
        </SimpleGrid>
        <Textarea
          label={t('referrals.reason')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          error={fieldError(t, errors.reason)}
          {...form.register('reason')}
        />
        <Controller
          control={form.control}
          name="consentGiven"
          render={({ field }) => (
            <Checkbox
              ref={field.ref}
              name={field.name}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              required
              aria-invalid={errors.consentGiven ? true : undefined}
              label={t('referrals.consent')}
              description={t('referrals.consentHint')}
              error={fieldError(t, errors.consentGiven)}
            />
          )}
        />
        <TextInput
          label={t('referrals.consentNote')}
          description={t('referrals.consentNoteHint')}
          maxLength={500}
          autoComplete="off"
          error={fieldError(t, errors.consentNote)}
          {...form.register('consentNote')}
        />
        <FormErrorAlert error={submitError} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('referrals.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OutcomeForm({ caseFileId, referral, onDone }: { caseFileId: string; referral: Referral; onDone: () => void }) {
  const { t } = useTranslation('casefiles');
  const update = useUpdateReferral(caseFileId);
  const form = useForm<ReferralOutcomeValues>({
    resolver: zodResolver(referralOutcomeSchema),
    defaultValues: { status: referral.status, outcome: referral.outcome ?? '' },
  });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: REFERRAL_OUTCOME_FIELDS,
    submit: async (values) => {
      await update.mutateAsync({ referral, input: toReferralOutcomeInput(values) });
      onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('referrals.editOutcomeOf', { partner: referral.partnerName })}>
      <Stack gap="sm" mt="sm">
        <NativeSelect
          label={t('referrals.status')}
          required
          error={fieldError(t, errors.status)}
          data={REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referralStatuses.${s}`) }))}
          {...form.register('status')}
        />
        <Textarea
          label={t('referrals.outcome')}
          autosize
          minRows={2}
          maxLength={2000}
          error={fieldError(t, errors.outcome)}
          {...form.register('outcome')}
        />
        <FormErrorAlert error={submitError} />
        <Group gap="sm">
          <Button type="submit" size="sm" loading={isSubmitting}>
            {t('referrals.saveOutcome')}
          </Button>
          <Button variant="default" size="sm" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReferralCard({ caseFileId, referral }: { caseFileId: string; referral: Referral }) {
  const { t, i18n } = useTranslation('casefiles');
  const [editing, setEditing] = useState(false);
  const headingId = `referral-${referral.id}`;
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={headingId} data-testid="referral">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Title order={3} size="h5" id={headingId}>
          {referral.partnerName} — {t(`partnerKinds.${referral.partnerKind}`)}
        </Title>
        <Badge variant="outline" color="blue.9">
          {t(`referralStatuses.${referral.status}`)}
        </Badge>
      </Group>
      <Text mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {referral.reason}
      </Text>
      <Text size="sm" mt={4}>
        {t('referrals.consentRecorded', {
          date: formatDateTime(referral.consentRecordedAt, i18n.language),
          name: referral.referredBy.displayName,
        })}
        {referral.consentNote ? ` — ${referral.consentNote}` : ''}
      </Text>
      {referral.outcome && (
        <Text size="sm" mt={4}>
          <Text span size="sm" fw={600}>
            {t('common:format.label', { label: t('referrals.outcome') })}
          </Text>{' '}
          {referral.outcome}
        </Text>
      )}
      {editing ? (
        <OutcomeForm caseFileId={caseFileId} referral={referral} onDone={() => setEditing(false)} />
      ) : (
        <Group mt="xs">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setEditing(true)}
            aria-label={t('referrals.editOutcomeOf', { partner: referral.partnerName })}
          >
            {t('referrals.editOutcome')}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** Referrals of the household to partners (CPAS, mental health, debt mediation…), with consent. */
export function ReferralsSection({ caseFileId, canAdd }: { caseFileId: string; canAdd: boolean }) {
  const { t } = useTranslation('casefiles');
  const referrals = useReferrals(caseFileId);
  return (
    <CaseSection
      headingId="case-referrals"
      title={t('referrals.title')}
      addLabel={t('referrals.add')}
      canAdd={canAdd}
      form={(close) => <ReferralForm caseFileId={caseFileId} onDone={close} />}
      query={referrals}
      emptyMessage={t('referrals.empty')}
    >
      {(items) => (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('referrals.title')}>
          {items.map((r) => (
            <ReferralCard key={r.id} caseFileId={caseFileId} referral={r} />
          ))}
        </Stack>
      )}
    </CaseSection>
  );
}
