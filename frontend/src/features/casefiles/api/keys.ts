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
  household: (id: string) => ['case-files', 'household', id] as const,
  staff: (role: string) => ['staff', role] as const,
};
