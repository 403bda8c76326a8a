import { z } from 'zod';
import { ACCESS_REASON_MAX, api, startUserAction, toAccessReasonHeader, toApiError } from '@/lib/api';
import { fileNameOf, saveFile } from '@/lib/files';

export type ExportFormat = 'json' | 'html';

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const exportSchema = z.object({
  householdId: z.string().trim().regex(UUID_PATTERN, 'validation.uuid'),
  reason: z.string().trim().min(3, 'validation.reasonTooShort').max(ACCESS_REASON_MAX, 'validation.tooLong'),
});
export type ExportValues = z.infer<typeof exportSchema>;


/**
 * Fetches a subject-access export (with the bearer token, so not a plain link) and hands it to the
 * browser as a download. The server records it in the access log with the reason.
 */
export async function downloadExport({ householdId, reason }: ExportValues, format: ExportFormat): Promise<string> {
  // Each export is a user action of its own in the access log.
  startUserAction();
  const options = {
    params: { path: { householdId: householdId.trim() }, header: { 'Hestia-Access-Reason': toAccessReasonHeader(reason) } },
    parseAs: 'blob' as const,
  };
  const { data, error, response } =
    format === 'json'
      ? await api.GET('/api/v1/data-protection/households/{householdId}/export', options)
      : await api.GET('/api/v1/data-protection/households/{householdId}/export/document', options);
  if (error !== undefined || !response.ok || !data) throw toApiError(error, response);
  const name = fileNameOf(response, `hestia-export.${format}`);
  saveFile(data as Blob, name);
  return name;
}
