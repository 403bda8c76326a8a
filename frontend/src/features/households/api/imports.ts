import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toApiError, unwrap } from '@/lib/api';
import { fileNameOf, saveFile } from '@/lib/files';
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


/**
 * Downloads the import's template (the columns the server reads, one example line): fetched with
 * the bearer token, so not a plain link, and handed to the browser as a file.
 */
export async function downloadImportTemplate(): Promise<string> {
  const { data, error, response } = await api.GET('/api/v1/household-imports/template', { parseAs: 'blob' });
  if (error !== undefined || !response.ok || !data) throw toApiError(error, response);
  // The server names the file in the caller's language.
  const name = fileNameOf(response, 'household-import-template.csv');
  saveFile(data as Blob, name);
  return name;
}
