import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { toDateValue } from '@/lib/dates';
import { caseFileKeys } from './keys';

/**
 * Every social worker's caseload in counts (service manager only), with the files' quietness and
 * the overdue tasks counted on the user's calendar day.
 */
export function useCaseloads(enabled = true, today: string = toDateValue()) {
  return useQuery({
    queryKey: caseFileKeys.caseloads(today),
    queryFn: () => unwrap(api.GET('/api/v1/caseloads', { params: { query: { today } } })),
    enabled,
  });
}
