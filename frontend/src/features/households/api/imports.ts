import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { householdKeys } from './keys';

/** Largest file the page sends (the rental system's export of a large SISP is well under this). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Sends the rental system's CSV export as is (text/csv). A dry run reports what would change and
 * every rejected line; the real import is all or nothing (422 `import-rejected` otherwise).
 */
export function useHouseholdImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      unwrap(
        api.POST('/api/v1/household-imports', {
          params: { query: { dryRun } },
          body: csv,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });
}
