import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { z } from 'zod';
import { api, isApiError, unwrap, unwrapVersioned } from '@/lib/api';
import { ACCESS_REASON_MAX } from './accessReason';
import { caseFileKeys } from './keys';
import {
  CASE_FILE_STATUSES,
  CASE_THEMES,
  MAX_PAGE_SIZE,
  REQUEST_SOURCES,
  type CaseFileInput,
  type CaseFileRef,
  type CaseFileStatus,
  type TransitionInput,
} from './types';

export interface CaseFileListQuery {
  householdId?: string;
  referentId?: string;
  mine?: boolean;
  status?: CaseFileStatus;
  /** 0-based, as the API counts. */
  page?: number;
  size?: number;
}

export function useCaseFiles(query: CaseFileListQuery, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/case-files', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * How many files of each status the same filter finds (one small call per status); "1000+" when
 * the server stopped counting.
 */
export function useCaseFileCounts(query: Omit<CaseFileListQuery, 'status' | 'page' | 'size'>, enabled = true) {
  return useQueries({
    queries: CASE_FILE_STATUSES.map((status) => ({
      queryKey: caseFileKeys.list({ ...query, status, size: 1, count: true }),
      queryFn: () =>
        unwrap(api.GET('/api/v1/case-files', { params: { query: { ...query, status, page: 0, size: 1 } } })),
      enabled,
    })),
    combine: (results) => ({
      counts: Object.fromEntries(
        CASE_FILE_STATUSES.map((status, i) => {
          const meta = results[i]?.data?.page;
          return [status, meta && (meta.totalCapped ? `${meta.totalItems}+` : meta.totalItems)];
        }),
      ) as Record<CaseFileStatus, number | string | undefined>,
      error: results.find((r) => r.error)?.error,
    }),
  });
}

/**
 * One case file. `reason` holds the access reason the user just gave, if any: it goes with the
 * next request only, in `Hestia-Access-Reason`; the server then remembers it for the session.
 */
export function useCaseFile(caseFileId: string, reason: RefObject<string | undefined>, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.detail(caseFileId),
    queryFn: () => {
      const stated = reason.current;
      return unwrapVersioned(
        api.GET('/api/v1/case-files/{caseFileId}', {
          params: { path: { caseFileId }, header: stated ? { 'Hestia-Access-Reason': stated } : undefined },
        }),
      );
    },
    enabled,
  });
}

/** Staff of one role (admin and service manager only), e.g. the social workers to filter by. */
export function useStaff(role: 'social-worker', enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.staff(role),
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query: { role, size: MAX_PAGE_SIZE } } })),
    enabled,
    staleTime: 60_000,
  });
}

/** The household's name, to head the form that opens a file for it. */
export function useHouseholdName(householdId: string) {
  return useQuery({
    queryKey: caseFileKeys.household(householdId),
    queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } })),
    enabled: !!householdId,
    select: (household) => household.name,
  });
}

// --- Opening a file -----------------------------------------------------------------------------

export const openCaseFileSchema = z.object({
  requestSource: z.enum(REQUEST_SOURCES, 'validation.required'),
  themes: z.array(z.enum(CASE_THEMES)).min(1, 'validation.themesMin'),
  requestDetail: z.string().trim().max(2000, 'validation.tooLong'),
});
export type OpenCaseFileValues = z.infer<typeof openCaseFileSchema>;
export const OPEN_CASE_FILE_FIELDS = ['requestSource', 'themes', 'requestDetail'] as const;

export function toCaseFileInput(householdId: string, values: OpenCaseFileValues): CaseFileInput {
  return {
    householdId,
    requestSource: values.requestSource,
    themes: values.themes,
    requestDetail: values.requestDetail.trim() || undefined,
  };
}

/** The household's followed (open or active) file, if any: opening another is refused. */
export function useFollowedCaseFile(householdId: string, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.list({ householdId, size: MAX_PAGE_SIZE }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/case-files', { params: { query: { householdId, size: MAX_PAGE_SIZE } } })),
    enabled: enabled && !!householdId,
    select: (page) => page.items.find((f) => f.status === 'open' || f.status === 'active') ?? null,
  });
}

/** The open file a refusal names (409 `case-file-already-open`), if that is the refusal. */
export function alreadyOpenFile(error: unknown): CaseFileRef | undefined {
  if (!isApiError(error) || error.code !== 'case-file-already-open') return undefined;
  return error.problem.openCaseFile;
}

export function useOpenCaseFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseFileInput) => unwrap(api.POST('/api/v1/case-files', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseFileKeys.lists }),
  });
}

// --- The lifecycle ------------------------------------------------------------------------------

export const closeSchema = z.object({
  reason: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
});
export type CloseValues = z.infer<typeof closeSchema>;

/** The reasons offered for opening a file outside one's caseload; `other` asks for the details. */
export const ACCESS_REASON_CHOICES = ['absent-colleague', 'urgent', 'household-request', 'supervision', 'other'] as const;
export type AccessReasonChoice = (typeof ACCESS_REASON_CHOICES)[number];

export const accessReasonSchema = z
  .object({
    choice: z.enum(ACCESS_REASON_CHOICES, 'validation.required'),
    detail: z.string().trim().max(ACCESS_REASON_MAX, 'validation.tooLong'),
  })
  .refine((v) => v.choice !== 'other' || v.detail.length >= 3, { path: ['detail'], message: 'validation.reasonTooShort' });
export type AccessReasonValues = z.infer<typeof accessReasonSchema>;

/**
 * The reason as the access log keeps it, in the words the user read: the chosen reason, then the
 * details if any ("other" is the details alone).
 */
export function toAccessReasonText(values: AccessReasonValues, label: (choice: AccessReasonChoice) => string): string {
  const detail = values.detail.trim();
  if (values.choice === 'other') return detail;
  return detail ? `${label(values.choice)} - ${detail}` : label(values.choice);
}

export function useTransition(caseFileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: TransitionInput; etag: string }) =>
      unwrapVersioned(
        api.POST('/api/v1/case-files/{caseFileId}/transitions', {
          params: { path: { caseFileId }, header: { 'If-Match': etag } },
          body: input,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(caseFileKeys.detail(caseFileId), result);
      return queryClient.invalidateQueries({ queryKey: caseFileKeys.lists });
    },
    onError: (error) => {
      if (isApiError(error) && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.detail(caseFileId) });
      }
    },
  });
}
