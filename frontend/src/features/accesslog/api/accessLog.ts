import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type components } from '@/lib/api';

export type AccessLogEntry = components['schemas']['AccessLogEntry'];
export type AccessAction = components['schemas']['AccessAction'];

export interface AccessLogQuery {
  actorId?: string;
  householdId?: string;
  /** ISO date-times with offset. */
  from?: string;
  to?: string;
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

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LIST_PAGE_SIZE = 50;
