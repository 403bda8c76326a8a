/**
 * Query keys of the case files. Everything under `case-files` is secret: it lives in memory only
 * and is dropped on sign-out.
 */
export const caseFileKeys = {
  all: ['case-files'] as const,
  lists: ['case-files', 'list'] as const,
  list: (query: object) => ['case-files', 'list', query] as const,
  detail: (id: string) => ['case-files', 'detail', id] as const,
  entries: (id: string) => ['case-files', 'entries', id] as const,
  /** Under the entries' key: an edit refreshes them with the timeline. */
  entryVersions: (id: string, entryId: string) => ['case-files', 'entries', id, 'versions', entryId] as const,
  referrals: (id: string) => ['case-files', 'referrals', id] as const,
  tasks: (id: string) => ['case-files', 'tasks', id] as const,
  attachments: (id: string) => ['case-files', 'attachments', id] as const,
  agenda: (today: string) => ['case-files', 'agenda', today] as const,
  agendas: ['case-files', 'agenda'] as const,
  appointments: (id: string) => ['case-files', 'appointments', id] as const,
  calendarFeed: ['case-files', 'calendar-feed'] as const,
  caseloads: (today: string) => ['case-files', 'caseloads', today] as const,
  household: (id: string) => ['case-files', 'household', id] as const,
  staff: (role: string) => ['staff', role] as const,
};
