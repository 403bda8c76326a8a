import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, startUserAction, toApiError, unwrap, type components } from '@/lib/api';
import { fileNameOf, saveFile } from '@/lib/files';

export type AccessLogEntry = components['schemas']['AccessLogEntry'];
export type AccessAction = components['schemas']['AccessAction'];
export type AccessRecordType = components['schemas']['AccessRecordType'];

export interface AccessLogFilters {
  actorId?: string;
  householdId?: string;
  /** ISO date-times with offset. */
  from?: string;
  to?: string;
}

export interface AccessLogQuery extends AccessLogFilters {
  page?: number;
  size?: number;
}

export const accessLogKeys = {
  all: ['access-log'] as const,
  list: (query: AccessLogQuery) => ['access-log', 'list', query] as const,
  staff: ['staff', 'all'] as const,
};

export function useAccessLog(query: AccessLogQuery, enabled = true) {
  return useQuery({
    queryKey: accessLogKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/access-log', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The organisation's staff, to pick an actor from (service managers only: the DPO may not list staff). */
export function useAllStaff(enabled: boolean) {
  return useQuery({
    queryKey: accessLogKeys.staff,
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query: { size: 100 } } })),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * Downloads the filtered log as CSV (in the user's language: the client sends Accept-Language) and
 * returns the file's name. The server records the export in the log.
 */
export async function downloadAccessLog(filters: AccessLogFilters): Promise<string> {
  // Each export is an action of its own in the log, even when asked twice on the same page.
  startUserAction();
  const { data, error, response } = await api.GET('/api/v1/access-log/export', {
    params: { query: filters },
    parseAs: 'blob',
  });
  if (error !== undefined || !response.ok || !data) throw toApiError(error, response);
  const name = fileNameOf(response, 'hestia-access-log.csv');
  saveFile(data as Blob, name);
  return name;
}

export function useAccessLogExport() {
  return useMutation({ mutationFn: downloadAccessLog });
}

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LIST_PAGE_SIZE = 50;
