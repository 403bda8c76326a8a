import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap, type components } from '@/lib/api';

export type RetentionReport = components['schemas']['RetentionReport'];
export type RetentionReportItem = components['schemas']['RetentionReportItem'];
export type RetentionRun = components['schemas']['RetentionRun'];
export type RetentionHoldInput = components['schemas']['RetentionHoldInput'];

export const REPORT_PAGE_SIZE = 20;
export const RECENT_RUNS = 10;

export const retentionKeys = {
  all: ['retention'] as const,
  report: (page: number) => ['retention', 'report', page] as const,
  runs: ['retention', 'runs'] as const,
};

export function useRetentionReport(page: number, enabled = true) {
  return useQuery({
    queryKey: retentionKeys.report(page),
    queryFn: () =>
      unwrap(api.GET('/api/v1/data-protection/retention/report', { params: { query: { page, size: REPORT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The most recent runs (the list is kept for accountability; the SPA shows the last ten). */
export function useRecentRuns(enabled = true) {
  return useQuery({
    queryKey: retentionKeys.runs,
    queryFn: () =>
      unwrap(api.GET('/api/v1/data-protection/retention/runs', { params: { query: { page: 0, size: RECENT_RUNS } } })),
    enabled,
  });
}

function useRetentionMutation<T, V>(mutationFn: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.all }),
  });
}

export function useDryRun() {
  return useRetentionMutation(() => unwrap(api.POST('/api/v1/data-protection/retention/runs')));
}

export const holdSchema = z.object({
  reason: z.string().trim().min(3, 'validation.reasonTooShort').max(500, 'validation.tooLong'),
});
export type HoldValues = z.infer<typeof holdSchema>;

export function usePlaceHold() {
  return useRetentionMutation((input: RetentionHoldInput) =>
    unwrap(api.POST('/api/v1/data-protection/retention/holds', { body: input })),
  );
}

export function useReleaseHold() {
  return useRetentionMutation((caseFileId: string) =>
    unwrap(api.DELETE('/api/v1/data-protection/retention/holds/{caseFileId}', { params: { path: { caseFileId } } })),
  );
}

/** An ISO 8601 period (P5Y, P30D, P1Y6M) as its parts, for words in the user's language. */
export function periodParts(iso: string): { years: number; months: number; days: number } | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match) return undefined;
  const [, y, m, w, d] = match;
  return { years: Number(y ?? 0), months: Number(m ?? 0), days: Number(w ?? 0) * 7 + Number(d ?? 0) };
}
