import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, ProblemAlert } from '@/components';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import {
  APPOINTMENT_FORM_FIELDS,
  appointmentFormSchema,
  emptyAppointmentForm,
  toAppointmentInput,
  useAddAppointment,
  useAppointments,
  useUpdateAppointment,
  withStatus,
  type AppointmentFormValues,
} from '../api/appointments';
import { APPOINTMENT_KINDS, type Appointment } from '../api/types';
import { CaseSection } from './CaseSection';

/** "5 déc. 2026, 10:00–11:00" in the reader's language. */
export function appointmentWhen(appointment: Pick<Appointment, 'startsAt' | 'endsAt'>, language: string, t: TFunction<'casefiles'>) {
  const locale = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' }[language.slice(0, 2)] ?? 'fr-BE';
  const start = new Date(appointment.startsAt);
  const end = new Date(appointment.endsAt);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return t('appointments.when', {
    date: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(start),
    start: time.format(start),
    end: time.format(end),
  });
}

function AppointmentForm({ caseFileId, onDone }: { caseFileId: string; onDone: () => void }) {
  const { t } = useTranslation('casefiles');
  const add = useAddAppointment(caseFileId);
  const form = useForm<AppointmentFormValues>({
    resolver: zodResolver(appointmentFormSchema),
    defaultValues: emptyAppointmentForm(t('appointments.kinds.home-visit')),
  });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: APPOINTMENT_FORM_FIELDS,
    resolveField: (field) => (field === 'startsAt' ? 'startTime' : field === 'endsAt' ? 'endTime' : undefined),
    submit: async (values) => {
      await add.mutateAsync(toAppointmentInput(values));
      onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('appointments.add')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('appointments.kind')}
            required
            data={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`appointments.kinds.${k}`) }))}
            error={fieldError(t, errors.kind)}
            {...form.register('kind')}
          />
          <TextInput
            label={t('appointments.subject')}
            description={t('appointments.subjectHint')}
            required
            maxLength={120}
            autoComplete="off"
            error={fieldError(t, errors.subject)}
            {...form.register('subject')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput type="date" label={t('appointments.date')} required error={fieldError(t, errors.date)} {...form.register('date')} />
          <TextInput type="time" label={t('appointments.startTime')} required error={fieldError(t, errors.startTime)} {...form.register('startTime')} />
          <TextInput type="time" label={t('appointments.endTime')} required error={fieldError(t, errors.endTime)} {...form.register('endTime')} />
        </SimpleGrid>
        <TextInput
          label={t('appointments.place')}
          description={t('appointments.placeHint')}
          maxLength={200}
          error={fieldError(t, errors.place)}
          {...form.register('place')}
        />
        <FormErrorAlert error={submitError} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('appointments.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AppointmentItem({ caseFileId, appointment }: { caseFileId: string; appointment: Appointment }) {
  const { t, i18n } = useTranslation('casefiles');
  const update = useUpdateAppointment(caseFileId);
  const planned = appointment.status === 'planned';
  const started = new Date(appointment.startsAt).getTime() <= Date.now();
  return (
    <Card component="li" withBorder padding="sm" data-testid="appointment">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Text fw={600} td={appointment.status === 'cancelled' ? 'line-through' : undefined}>
          {appointment.subject}
        </Text>
        <Badge variant="light" color={planned ? 'blue.9' : appointment.status === 'done' ? 'green.9' : 'gray.8'}>
          {t(`appointments.statuses.${appointment.status}`)}
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        {t(`appointments.kinds.${appointment.kind}`)} · {appointmentWhen(appointment, i18n.language, t)}
        {appointment.place ? ` · ${appointment.place}` : ''}
      </Text>
      <Text size="sm">{t('appointments.workers', { names: appointment.workers.map((w) => w.displayName).join(', ') })}</Text>
      {planned && (
        <Group gap="xs" mt="xs">
          {started && (
            <Button size="xs" variant="outline" loading={update.isPending}
              onClick={() => update.mutate({ appointment, input: withStatus(appointment, 'done') })}>
              {t('appointments.markDone')}
            </Button>
          )}
          <Button size="xs" variant="subtle" color="red.9" loading={update.isPending}
            onClick={() => update.mutate({ appointment, input: withStatus(appointment, 'cancelled') })}>
            {t('appointments.cancel')}
          </Button>
        </Group>
      )}
      {update.isError && <ProblemAlert error={update.error} />}
    </Card>
  );
}

/** The file's appointments: planned home visits, interviews and calls, in the workers' agendas too. */
export function AppointmentsSection({ caseFileId, canAdd }: { caseFileId: string; canAdd: boolean }) {
  const { t } = useTranslation('casefiles');
  const appointments = useAppointments(caseFileId);
  return (
    <CaseSection
      headingId="case-appointments"
      title={t('appointments.title')}
      addLabel={t('appointments.add')}
      canAdd={canAdd}
      form={(close) => <AppointmentForm caseFileId={caseFileId} onDone={close} />}
      query={appointments}
      emptyMessage={t('appointments.empty')}
    >
      {(items) => (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('appointments.title')}>
          {items.map((appointment) => (
            <AppointmentItem key={appointment.id} caseFileId={caseFileId} appointment={appointment} />
          ))}
        </Stack>
      )}
    </CaseSection>
  );
}
