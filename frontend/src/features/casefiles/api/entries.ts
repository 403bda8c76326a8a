import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, etagOf, isApiError, unwrap, unwrapVersioned } from '@/lib/api';
import { dateTimeLocalToIso, isDateTimeLocalValue, isoToDateTimeLocal, toDateTimeLocalValue } from '@/lib/dates';
import { caseFileKeys } from './keys';
import {
  ENTRIES_PAGE_SIZE,
  RECORDABLE_KINDS,
  VISIBILITIES,
  type CaseEntry,
  type CaseEntryInput,
  type EntryKind,
} from './types';

/** What the timeline shows: kinds (all when empty), one author, a period of days (YYYY-MM-DD, both included). */
export interface TimelineFilters {
  kinds: EntryKind[];
  authorId?: string;
  from?: string;
  to?: string;
}

export const NO_TIMELINE_FILTERS: TimelineFilters = { kinds: [] };

export function hasTimelineFilters(filters: TimelineFilters): boolean {
  return filters.kinds.length > 0 || !!filters.authorId || !!filters.from || !!filters.to;
}

/** The timeline, newest first, one page at a time ("show older entries"), filtered by the server. */
export function useCaseEntries(caseFileId: string, enabled: boolean, filters: TimelineFilters = NO_TIMELINE_FILTERS) {
  return useInfiniteQuery({
    queryKey: [...caseFileKeys.entries(caseFileId), filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/case-files/{caseFileId}/entries', {
          params: {
            path: { caseFileId },
            query: {
              page: pageParam,
              size: ENTRIES_PAGE_SIZE,
              kind: filters.kinds.length > 0 ? filters.kinds : undefined,
              authorId: filters.authorId || undefined,
              from: filters.from || undefined,
              to: filters.to || undefined,
            },
          },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (pages.length < last.page.totalPages ? pages.length : undefined),
    placeholderData: (previous) => previous,
    enabled,
  });
}

/** An entry's earlier versions, newest first; read when asked for (it is logged like reading the entry). */
export function useEntryVersions(caseFileId: string, entryId: string, enabled: boolean) {
  return useQuery({
    queryKey: caseFileKeys.entryVersions(caseFileId, entryId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/case-files/{caseFileId}/entries/{entryId}/versions', {
          params: { path: { caseFileId, entryId } },
        }),
      ),
    enabled,
  });
}

/** The entry form; messages are translation keys. */
export const entryFormSchema = z.object({
  kind: z.enum(RECORDABLE_KINDS, 'validation.required'),
  occurredAt: z.string().refine(isDateTimeLocalValue, 'validation.dateTime'),
  participants: z.string().trim().max(500, 'validation.tooLong'),
  summary: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  note: z.string().trim().max(20000, 'validation.tooLong'),
  visibility: z.enum(VISIBILITIES, 'validation.required'),
});
export type EntryFormValues = z.infer<typeof entryFormSchema>;
export const ENTRY_FORM_FIELDS = ['kind', 'occurredAt', 'participants', 'summary', 'note', 'visibility'] as const;

export function emptyEntryForm(now: Date = new Date()): EntryFormValues {
  return {
    kind: 'office-interview',
    occurredAt: toDateTimeLocalValue(now),
    participants: '',
    summary: '',
    note: '',
    visibility: 'service',
  };
}

export function toEntryFormValues(entry: CaseEntry): EntryFormValues {
  return {
    kind: entry.kind === 'handover' ? 'office-interview' : entry.kind,
    occurredAt: isoToDateTimeLocal(entry.occurredAt),
    participants: entry.participants ?? '',
    summary: entry.summary,
    note: entry.note ?? '',
    visibility: entry.visibility,
  };
}

export function toEntryInput(values: EntryFormValues): CaseEntryInput {
  return {
    kind: values.kind,
    occurredAt: dateTimeLocalToIso(values.occurredAt),
    participants: values.participants.trim() || undefined,
    summary: values.summary.trim(),
    note: values.note.trim() || undefined,
    visibility: values.visibility,
  };
}

function useEntryWrite<V>(caseFileId: string, call: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseFileKeys.entries(caseFileId) }),
        // The first entry makes an open file active; lists order by last activity.
        queryClient.invalidateQueries({ queryKey: caseFileKeys.detail(caseFileId) }),
        queryClient.invalidateQueries({ queryKey: caseFileKeys.lists }),
      ]),
    onError: (error) => {
      if (isApiError(error) && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.entries(caseFileId) });
      }
    },
  });
}

export function useAddEntry(caseFileId: string) {
  return useEntryWrite(caseFileId, (input: CaseEntryInput) =>
    unwrap(api.POST('/api/v1/case-files/{caseFileId}/entries', { params: { path: { caseFileId } }, body: input })),
  );
}

/** Its author edits an entry (and may switch its note between service and private). */
export function useUpdateEntry(caseFileId: string) {
  return useEntryWrite(caseFileId, ({ entry, input }: { entry: CaseEntry; input: CaseEntryInput }) =>
    unwrapVersioned(
      api.PUT('/api/v1/case-files/{caseFileId}/entries/{entryId}', {
        params: { path: { caseFileId, entryId: entry.id }, header: { 'If-Match': etagOf(entry) } },
        body: input,
      }),
    ),
  );
}
