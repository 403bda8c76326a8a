import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, ProblemAlert } from '@/components';
import { formatDate, toDateValue } from '@/lib/dates';
import { fieldError, useSubmitHandler } from '@/lib/forms';
import { useStaff } from '../api/caseFiles';
import {
  emptyTaskForm,
  TASK_FORM_FIELDS,
  taskFormSchema,
  toggledTaskInput,
  toTaskInput,
  useAddTask,
  useTasks,
  useUpdateTask,
  type TaskFormValues,
} from '../api/tasks';
import type { FollowUpTask } from '../api/types';
import { CaseSection } from './CaseSection';

/** Whether an open task's due date has passed (dates compare as YYYY-MM-DD strings). */
export function isOverdue(task: FollowUpTask, today: string = toDateValue()): boolean {
  return !task.doneAt && task.dueDate < today;
}

export function OverdueBadge() {
  const { t } = useTranslation('casefiles');
  return (
    <Badge color="red.9" variant="filled">
      {t('tasks.overdue')}
    </Badge>
  );
}

/**
 * A manager may assign the task to a social worker (the staff list is theirs to read); a social
 * worker's tasks are their own, which is the server's default.
 */
function TaskForm({ caseFileId, isManager, onDone }: { caseFileId: string; isManager: boolean; onDone: () => void }) {
  const { t } = useTranslation('casefiles');
  const add = useAddTask(caseFileId);
  const staff = useStaff('social-worker', isManager);
  const form = useForm<TaskFormValues>({ resolver: zodResolver(taskFormSchema), defaultValues: emptyTaskForm() });
  const { onSubmit, submitError } = useSubmitHandler({
    form,
    fields: TASK_FORM_FIELDS,
    submit: async (values) => {
      await add.mutateAsync(toTaskInput(values));
      onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('tasks.add')}>
      <Stack gap="md">
        <TextInput
          label={t('tasks.taskTitle')}
          description={t('tasks.taskTitleHint')}
          required
          maxLength={300}
          autoComplete="off"
          error={fieldError(t, errors.title)}
          {...form.register('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('tasks.dueDate')}
            required
            error={fieldError(t, errors.dueDate)}
            {...form.register('dueDate')}
          />
          {isManager && (
            <NativeSelect
              label={t('tasks.assignee')}
              error={fieldError(t, errors.assigneeId)}
              data={[
                { value: '', label: t('tasks.assignToMe') },
                ...(staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.displayName })),
              ]}
              {...form.register('assigneeId')}
            />
          )}
        </SimpleGrid>
        {staff.isError && <ProblemAlert error={staff.error} />}
        <FormErrorAlert error={submitError} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('tasks.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TaskItem({ caseFileId, task, today }: { caseFileId: string; task: FollowUpTask; today: string }) {
  const { t, i18n } = useTranslation('casefiles');
  const update = useUpdateTask(caseFileId);
  // Set in the click itself (a mutation's own state arrives a tick later, and the box would flicker back).
  const [clicked, setClicked] = useState<boolean | null>(null);
  const overdue = isOverdue(task, today);
  return (
    <Card component="li" withBorder padding="sm" data-testid="task" style={overdue ? { borderColor: 'var(--mantine-color-red-9)' } : undefined}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Checkbox
          label={task.title}
          // The box follows the click at once; a failure puts it back and says why.
          checked={clicked ?? !!task.doneAt}
          disabled={clicked !== null}
          onChange={(e) => {
            const done = e.currentTarget.checked;
            setClicked(done);
            update.mutate({ task, input: toggledTaskInput(task, done) }, { onSettled: () => setClicked(null) });
          }}
          styles={task.doneAt ? { label: { textDecoration: 'line-through' } } : undefined}
        />
        {overdue && <OverdueBadge />}
      </Group>
      <Text size="sm" mt={4}>
        {t('tasks.dueOn', { date: formatDate(task.dueDate, i18n.language), name: task.assignee.displayName })}
      </Text>
      {update.isError && <ProblemAlert error={update.error} />}
    </Card>
  );
}

/** Follow-up tasks of the file: what to do, by when, and who does it. */
export function TasksSection({ caseFileId, canAdd, isManager }: { caseFileId: string; canAdd: boolean; isManager: boolean }) {
  const { t } = useTranslation('casefiles');
  const tasks = useTasks(caseFileId);
  const today = toDateValue();
  return (
    <CaseSection
      headingId="case-tasks"
      title={t('tasks.title')}
      addLabel={t('tasks.add')}
      canAdd={canAdd}
      form={(close) => <TaskForm caseFileId={caseFileId} isManager={isManager} onDone={close} />}
      query={tasks}
      emptyMessage={t('tasks.empty')}
    >
      {(items) => (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('tasks.title')}>
          {[...items]
            .sort((a, b) => Number(!!a.doneAt) - Number(!!b.doneAt) || a.dueDate.localeCompare(b.dueDate))
            .map((task) => (
              <TaskItem key={task.id} caseFileId={caseFileId} task={task} today={today} />
            ))}
        </Stack>
      )}
    </CaseSection>
  );
}
