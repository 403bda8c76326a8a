import { Anchor, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import type { AgendaRow } from '../agendaGroups';
import type { FollowUpTask } from '../api/types';
import { appointmentWhen } from './AppointmentsSection';
import { OverdueBadge } from './TasksSection';

interface AgendaRowsProps {
  rows: AgendaRow[];
  labelledBy: string;
  /** The agenda's day: tasks due before it are overdue. */
  today: string;
  /** Ticks a task done; absent, tasks are not tickable here. */
  onTick?: (task: FollowUpTask) => void;
  /** The task being ticked, whose box is checked and disabled meanwhile. */
  ticking?: string;
}

/** Tasks and appointments of one agenda group, each linking to its file. */
export function AgendaRows({ rows, labelledBy, today, onTick, ticking }: AgendaRowsProps) {
  const { t, i18n } = useTranslation('casefiles');
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {rows.map((row) =>
        row.kind === 'task' ? (
          <li key={row.key} data-testid="agenda-task">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              {onTick && (
                <Checkbox
                  mt={3}
                  aria-label={t('agenda.markDone', { title: row.task.title })}
                  checked={ticking === row.task.id}
                  disabled={ticking === row.task.id}
                  onChange={() => onTick(row.task)}
                />
              )}
              <div style={{ minWidth: 0 }}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/case-files/${row.task.caseFileId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {row.task.title}
                  </Anchor>
                  {row.task.dueDate < today && <OverdueBadge />}
                </Group>
                <Text size="sm">
                  {t('agenda.openFile', { name: row.task.householdName })} ·{' '}
                  {t('tasks.dueOn', { date: formatDate(row.task.dueDate, i18n.language), name: row.task.assignee.displayName })}
                </Text>
              </div>
            </Group>
          </li>
        ) : (
          <li key={row.key} data-testid="agenda-appointment">
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color="blue.9">
                {t('agenda.appointment')}
              </Badge>
              <Anchor component={Link} to={`/case-files/${row.appointment.caseFileId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {row.appointment.subject}
              </Anchor>
            </Group>
            <Text size="sm">
              {appointmentWhen(row.appointment, i18n.language, t)} · {t('agenda.withHousehold', { name: row.appointment.householdName })}
              {row.appointment.place ? ` · ${row.appointment.place}` : ''}
            </Text>
            {row.past && <Text size="sm">{t('agenda.appointmentPast')}</Text>}
          </li>
        ),
      )}
    </Stack>
  );
}

