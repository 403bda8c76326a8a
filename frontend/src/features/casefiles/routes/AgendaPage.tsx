import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, ForbiddenState, LoadingState, PageHeader } from '@/components';
import { formatDate, toDateValue } from '@/lib/dates';
import { useAgenda } from '../api/tasks';
import type { FollowUpTask } from '../api/types';
import { OverdueBadge } from '../components/TasksSection';
import { useCaseFilePermissions } from '../permissions';

const GROUPS = ['overdue', 'dueToday', 'thisWeek'] as const;

function AgendaGroup({ group, tasks }: { group: (typeof GROUPS)[number]; tasks: FollowUpTask[] }) {
  const { t, i18n } = useTranslation('casefiles');
  const headingId = `agenda-${group}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={`agenda-${group}`}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t(`agenda.${group}`)} ({tasks.length})
      </Title>
      {tasks.length === 0 ? (
        <Text size="sm">{t('agenda.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
          {tasks.map((task) => (
            <li key={task.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/case-files/${task.caseFileId}`} fw={600}>
                  {task.title}
                </Anchor>
                {group === 'overdue' && <OverdueBadge />}
              </Group>
              <Text size="sm">
                {t('agenda.openFile', { name: task.householdName })} ·{' '}
                {t('tasks.dueOn', { date: formatDate(task.dueDate, i18n.language), name: task.assignee.displayName })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** The caller's open follow-up tasks: overdue, due today, due in the coming week. */
export function AgendaPage() {
  const { t, i18n } = useTranslation('casefiles');
  const { canRead } = useCaseFilePermissions();
  const today = toDateValue();
  const agenda = useAgenda(today, canRead);
  if (!canRead) return <ForbiddenState />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('agenda.title')}>
        <Text size="sm" mt={4}>
          {t('agenda.subtitle', { date: formatDate(agenda.data?.today ?? today, i18n.language) })}
        </Text>
      </PageHeader>
      {agenda.isPending ? (
        <LoadingState />
      ) : agenda.isError ? (
        <ErrorState error={agenda.error} />
      ) : (
        <>
          {GROUPS.every((g) => agenda.data[g].length === 0) && <EmptyState message={t('agenda.empty')} />}
          {GROUPS.map((g) => (
            <AgendaGroup key={g} group={g} tasks={agenda.data[g]} />
          ))}
        </>
      )}
    </Stack>
  );
}
