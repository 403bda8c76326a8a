import { toDateValue } from '@/lib/dates';
import type { Agenda, Appointment, FollowUpTask } from './api/types';

export const AGENDA_GROUPS = ['overdue', 'dueToday', 'thisWeek', 'later'] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

export type AgendaRow =
  | { kind: 'task'; task: FollowUpTask; key: string }
  | { kind: 'appointment'; appointment: Appointment; past: boolean; key: string };

function addDays(day: string, days: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return toDateValue(new Date(y, m - 1, d + days));
}

/** The group of a day relative to `today` (YYYY-MM-DD strings compare as dates). */
function groupOf(day: string, today: string): AgendaGroup {
  if (day < today) return 'overdue';
  if (day === today) return 'dueToday';
  return day <= addDays(today, 6) ? 'thisWeek' : 'later';
}

/**
 * The agenda in four groups, tasks and appointments together: the server groups the tasks (by its `today`, the
 * user's day); appointments go by their local day, the ones still planned after they ended under "overdue" (to be
 * marked done or cancelled). Within a day, appointments by time come before the day's tasks.
 */
export function groupAgenda(agenda: Agenda): Record<AgendaGroup, AgendaRow[]> {
  const sortKey = new Map<AgendaRow, string>();
  const groups: Record<AgendaGroup, AgendaRow[]> = { overdue: [], dueToday: [], thisWeek: [], later: [] };
  const tasks: [AgendaGroup, FollowUpTask[]][] = [
    ['overdue', agenda.overdue],
    ['dueToday', agenda.dueToday],
    ['thisWeek', agenda.thisWeek],
    ['later', agenda.later ?? []],
  ];
  for (const [group, list] of tasks) {
    for (const task of list) {
      const row: AgendaRow = { kind: 'task', task, key: `task-${task.id}` };
      sortKey.set(row, `${task.dueDate}T99`);
      groups[group].push(row);
    }
  }
  for (const appointment of agenda.appointments ?? []) {
    const start = new Date(appointment.startsAt);
    const day = toDateValue(start);
    const endDay = toDateValue(new Date(appointment.endsAt));
    const past = endDay < agenda.today;
    const row: AgendaRow = { kind: 'appointment', appointment, past, key: `appointment-${appointment.id}` };
    sortKey.set(row, `${day}T${String(start.getHours()).padStart(2, '0')}:${String(start.getMinutes()).padStart(2, '0')}`);
    groups[past ? 'overdue' : groupOf(day < agenda.today ? agenda.today : day, agenda.today)].push(row);
  }
  for (const group of AGENDA_GROUPS) {
    groups[group].sort((a, b) => (sortKey.get(a) ?? '').localeCompare(sortKey.get(b) ?? ''));
  }
  return groups;
}
