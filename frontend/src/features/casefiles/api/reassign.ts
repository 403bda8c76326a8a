import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError, unwrap, unwrapVersioned } from '@/lib/api';
import { caseFileKeys } from './keys';

/** The service manager's alerts: followed files whose household moved to a site without a referent. */
export function useCaseloadAlerts(enabled = true) {
  return useQuery({
    queryKey: [...caseFileKeys.all, 'alerts'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/caseload-alerts')),
    enabled,
  });
}

export const reassignSchema = z.object({ referentId: z.string().min(1, 'validation.required') });
export type ReassignValues = z.infer<typeof reassignSchema>;

/** Gives the file to another social worker (service manager): a handover entry is written by the server. */
export function useReassign(caseFileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referentId, etag }: { referentId: string; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/case-files/{caseFileId}/referent', {
          params: { path: { caseFileId }, header: { 'If-Match': etag } },
          body: { referentId },
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(caseFileKeys.detail(caseFileId), result);
      // The timeline has a handover entry; lists, caseloads and alerts changed.
      return queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'case-files' && !(query.queryKey[1] === 'detail' && query.queryKey[2] === caseFileId),
      });
    },
    onError: (error) => {
      if (isApiError(error) && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.detail(caseFileId) });
      }
    },
  });
}
