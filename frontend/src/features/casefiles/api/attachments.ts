import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, isApiError, startUserAction, unwrap } from '@/lib/api';
import { saveFile } from '@/lib/files';
import { caseFileKeys } from './keys';
import type { Attachment } from './types';

/** The server's limit (hestia.attachments.max-bytes); the page checks it first to spare a long upload. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * What the file picker offers. The server decides from the content itself and refuses anything
 * else with 415 (code attachment-type-not-allowed).
 */
export const ATTACHMENT_ACCEPT = [
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.heic',
  '.txt',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.odt',
  '.ods',
].join(',');

/** The file's documents, newest first (those of another person's private entry never arrive). */
export function useAttachments(caseFileId: string, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.attachments(caseFileId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/case-files/{caseFileId}/attachments', { params: { path: { caseFileId } } })),
    enabled,
  });
}

/** Sends the document as it is (application/octet-stream), to the file or to one of its entries. */
export function useUploadAttachment(caseFileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, entryId }: { file: File; entryId?: string }) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return unwrap(
        api.POST('/api/v1/case-files/{caseFileId}/attachments', {
          params: { path: { caseFileId }, query: { fileName: file.name, entryId } },
          // The contract's binary body is typed as a string; the request carries the file's bytes.
          body: bytes as unknown as string,
          bodySerializer: () => bytes,
          headers: { 'Content-Type': 'application/octet-stream' },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseFileKeys.attachments(caseFileId) }),
  });
}

export function useDeleteAttachment(caseFileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachment: Attachment) =>
      unwrap(
        api.DELETE('/api/v1/case-files/{caseFileId}/attachments/{attachmentId}', {
          params: { path: { caseFileId, attachmentId: attachment.id }, header: { 'If-Match': etagOf(attachment) } },
        }),
      ),
    onSettled: (_data, error) => {
      if (!error || (isApiError(error) && (error.status === 412 || error.status === 404))) {
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.attachments(caseFileId) });
      }
    },
  });
}

/**
 * Downloads a document with the user's token and hands it to the browser under its own name.
 * The bytes stay in memory only for the moment of the download.
 */
export async function downloadAttachment(caseFileId: string, attachment: Attachment): Promise<void> {
  // A download is a user action of its own: the access log shows it on its own row.
  startUserAction();
  const blob = await unwrap(
    api.GET('/api/v1/case-files/{caseFileId}/attachments/{attachmentId}/content', {
      params: { path: { caseFileId, attachmentId: attachment.id } },
      parseAs: 'blob',
    }),
  );
  saveFile(new Blob([blob as Blob], { type: attachment.mediaType }), attachment.fileName);
}

/** A size for people: "820 KB", "2.4 MB" ("820 Ko", "2,4 Mo" in French); never a bare "B". */
export function formatSize(bytes: number, language: string): string {
  const units = language.startsWith('fr') ? (['Ko', 'Mo'] as const) : (['KB', 'MB'] as const);
  let value = bytes / 1024;
  let unit = 0;
  if (value >= 1024) {
    value /= 1024;
    unit = 1;
  }
  if (bytes > 0) value = Math.max(value, 0.1);
  const digits = value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)}\u00a0${units[unit]}`;
}
