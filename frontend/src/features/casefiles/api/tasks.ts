import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, etagOf, isApiError, unwrap, unwrapVersioned } from '@/lib/api';
import { isDateValue, toDateValue } from '@/lib/dates';
import { caseFileKeys } from './keys';
import type { FollowUpTask, TaskInput } from './types';

/** The file's follow-up tasks (no access-reason header: see useReferrals). */
export function useTasks(caseFileId: string, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.tasks(caseFileId),
    queryFn: () => unwrap(api.GET('/api/v1/case-files/{caseFileId}/tasks', { params: { path: { caseFileId } } })),
    enabled,
  });
}

/** The caller's open tasks: overdue, due today, due this week. `today` is the user's calendar day. */
export function useAgenda(today: string = toDateValue(), enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.agenda(today),
    queryFn: () => unwrap(api.GET('/api/v1/agenda', { params: { query: { today } } })),
    enabled,
  });
}

export const taskFormSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  dueDate: z.string().refine(isDateValue, 'validation.date'),
  /** Empty: the caller. */
  assigneeId: z.string(),
});
export type TaskFormValues = z.infer<typeof taskFormSchema>;
export const TASK_FORM_FIELDS = ['title', 'dueDate', 'assigneeId'] as const;

export function emptyTaskForm(now: Date = new Date()): TaskFormValues {
  return { title: '', dueDate: toDateValue(now), assigneeId: '' };
}

export function toTaskInput(values: TaskFormValues): TaskInput {
  return {
    title: values.title.trim(),
    dueDate: values.dueDate,
    assigneeId: values.assigneeId || undefined,
    done: false,
  };
}

/** The same task, done or not (the PUT carries the whole task). */
export function toggledTaskInput(task: FollowUpTask, done: boolean): TaskInput {
  return { title: task.title, dueDate: task.dueDate, assigneeId: task.assignee.id, done };
}

function useTaskWrite<V>(caseFileId: string, call: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseFileKeys.tasks(caseFileId) }),
        queryClient.invalidateQueries({ queryKey: caseFileKeys.agendas }),
      ]),
    onError: (error) => {
      if (isApiError(error) && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.tasks(caseFileId) });
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.agendas });
      }
    },
  });
}

export function useAddTask(caseFileId: string) {
  return useTaskWrite(caseFileId, (input: TaskInput) =>
    unwrap(api.POST('/api/v1/case-files/{caseFileId}/tasks', { params: { path: { caseFileId } }, body: input })),
  );
}

export function useUpdateTask(caseFileId: string) {
  return useTaskWrite(caseFileId, ({ task, input }: { task: FollowUpTask; input: TaskInput }) =>
    unwrapVersioned(
      api.PUT('/api/v1/case-files/{caseFileId}/tasks/{taskId}', {
        params: { path: { caseFileId, taskId: task.id }, header: { 'If-Match': etagOf(task) } },
        body: input,
      }),
    ),
  );
}

/**
 * Ticks a task done from the agenda, whatever its file (If-Match: the task's version). A task on a colleague's file
 * may need the access reason (header `Hestia-Access-Reason`), as everywhere in a file outside one's caseload.
 */
export function useTickTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, reason }: { task: FollowUpTask; reason?: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/case-files/{caseFileId}/tasks/{taskId}', {
          params: {
            path: { caseFileId: task.caseFileId, taskId: task.id },
            header: { 'If-Match': etagOf(task), ...(reason ? { 'Hestia-Access-Reason': reason } : {}) },
          },
          body: toggledTaskInput(task, true),
        }),
      ),
    onSettled: (_data, _error, { task }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseFileKeys.agendas }),
        queryClient.invalidateQueries({ queryKey: caseFileKeys.tasks(task.caseFileId) }),
      ]),
  });
}
