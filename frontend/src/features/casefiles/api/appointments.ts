import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, etagOf, isApiError, unwrap, unwrapVersioned } from '@/lib/api';
import { fromDateTimeLocalValue, isDateValue, toDateValue, toIsoWithOffset } from '@/lib/dates';
import { caseFileKeys } from './keys';
import type { Appointment, AppointmentInput, AppointmentKind, AppointmentStatus, AppointmentUpdate } from './types';

/** The file's appointments, coming ones first (no access-reason header: see useReferrals). */
export function useAppointments(caseFileId: string, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.appointments(caseFileId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/case-files/{caseFileId}/appointments', { params: { path: { caseFileId } } })),
    enabled,
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const appointmentFormSchema = z
  .object({
    kind: z.enum(['home-visit', 'office-interview', 'phone-call', 'other']),
    date: z.string().refine(isDateValue, 'validation.date'),
    startTime: z.string().regex(TIME, 'validation.time'),
    endTime: z.string().regex(TIME, 'validation.time'),
    place: z.string().trim().max(200, 'validation.tooLong'),
    subject: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: 'validation.endAfterStart' });
export type AppointmentFormValues = z.infer<typeof appointmentFormSchema>;
export const APPOINTMENT_FORM_FIELDS = ['kind', 'date', 'startTime', 'endTime', 'place', 'subject'] as const;

export function emptyAppointmentForm(subject: string, now: Date = new Date()): AppointmentFormValues {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { kind: 'home-visit', date: toDateValue(tomorrow), startTime: '10:00', endTime: '11:00', place: '', subject };
}

const at = (date: string, time: string) => toIsoWithOffset(fromDateTimeLocalValue(`${date}T${time}`));

export function toAppointmentInput(values: AppointmentFormValues): AppointmentInput {
  return {
    kind: values.kind as AppointmentKind,
    startsAt: at(values.date, values.startTime),
    endsAt: at(values.date, values.endTime),
    place: values.place.trim() || undefined,
    subject: values.subject.trim(),
  };
}

/** The same appointment with another status (the PUT carries the whole appointment). */
export function withStatus(appointment: Appointment, status: AppointmentStatus): AppointmentUpdate {
  return {
    kind: appointment.kind,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    place: appointment.place,
    subject: appointment.subject,
    workerIds: appointment.workers.map((w) => w.id),
    status,
  };
}

function useAppointmentWrite<V>(caseFileId: string, call: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseFileKeys.appointments(caseFileId) }),
      queryClient.invalidateQueries({ queryKey: caseFileKeys.agendas }),
    ]);
  return useMutation({
    mutationFn: call,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error) && error.status === 412) void refresh();
    },
  });
}

export function useAddAppointment(caseFileId: string) {
  return useAppointmentWrite(caseFileId, (input: AppointmentInput) =>
    unwrap(
      api.POST('/api/v1/case-files/{caseFileId}/appointments', { params: { path: { caseFileId } }, body: input }),
    ),
  );
}

export function useUpdateAppointment(caseFileId: string) {
  return useAppointmentWrite(caseFileId, ({ appointment, input }: { appointment: Appointment; input: AppointmentUpdate }) =>
    unwrapVersioned(
      api.PUT('/api/v1/case-files/{caseFileId}/appointments/{appointmentId}', {
        params: {
          path: { caseFileId, appointmentId: appointment.id },
          header: { 'If-Match': etagOf(appointment) },
        },
        body: input,
      }),
    ),
  );
}
