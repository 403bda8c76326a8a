import { Alert, Button, Group, FileInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ProblemAlert } from '@/components';
import { formatDateTime } from '@/lib/dates';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  downloadAttachment,
  formatSize,
  useDeleteAttachment,
  useUploadAttachment,
} from '../api/attachments';
import type { Attachment } from '../api/types';

/** Picks one document and sends it to the file, or to one of its entries. */
export function AttachmentUpload({ caseFileId, entryId, onDone }: { caseFileId: string; entryId?: string; onDone?: () => void }) {
  const { t } = useTranslation('casefiles');
  const upload = useUploadAttachment(caseFileId);
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const label = entryId ? t('attachments.addToEntry') : t('attachments.add');
  return (
    <form
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return;
        if (file.size > ATTACHMENT_MAX_BYTES) {
          setTooLarge(true);
          return;
        }
        upload.mutate(
          { file, entryId },
          {
            onSuccess: () => {
              setFile(null);
              onDone?.();
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <FileInput
          label={label}
          description={t('attachments.hint')}
          placeholder={t('attachments.choose')}
          accept={ATTACHMENT_ACCEPT}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setTooLarge(false);
            upload.reset();
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('attachments.clear') }}
          error={tooLarge ? t('attachments.tooLarge') : undefined}
        />
        <ProblemAlert error={upload.error} />
        <Group gap="sm">
          <Button type="submit" size="sm" disabled={!file} loading={upload.isPending}>
            {t('attachments.send')}
          </Button>
          {onDone && (
            <Button variant="default" size="sm" onClick={onDone}>
              {t('common:actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function AttachmentItem({ caseFileId, attachment, mine }: { caseFileId: string; attachment: Attachment; mine: boolean }) {
  const { t, i18n } = useTranslation('casefiles');
  const remove = useDeleteAttachment(caseFileId);
  const [confirming, setConfirming] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>();
  return (
    <li data-testid="attachment">
      <Group gap="xs" wrap="wrap" align="baseline">
        <Button
          variant="subtle"
          size="compact-sm"
          loading={downloading}
          aria-label={t('attachments.download', { name: attachment.fileName })}
          onClick={async () => {
            setDownloading(true);
            setDownloadError(undefined);
            try {
              await downloadAttachment(caseFileId, attachment);
            } catch (error) {
              setDownloadError(error);
            } finally {
              setDownloading(false);
            }
          }}
        >
          <span style={{ overflowWrap: 'anywhere' }}>📎 {attachment.fileName}</span>
        </Button>
        <Text size="sm">
          {t('attachments.meta', {
            size: formatSize(attachment.sizeBytes, i18n.language),
            name: attachment.uploadedBy.displayName,
            date: formatDateTime(attachment.uploadedAt, i18n.language),
          })}
        </Text>
        {mine && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setConfirming(true)}
            aria-label={t('attachments.removeNamed', { name: attachment.fileName })}
          >
            {t('attachments.remove')}
          </Button>
        )}
      </Group>
      <ProblemAlert error={downloadError} />
      <ConfirmDialog
        opened={confirming}
        title={t('attachments.removeTitle')}
        message={t('attachments.removeConfirm', { name: attachment.fileName })}
        confirmLabel={t('attachments.remove')}
        loading={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(attachment, { onSuccess: () => setConfirming(false) })}
      />
    </li>
  );
}

/** Documents as a list: name (downloads it), size, who attached it and when; the uploader may remove it. */
export function AttachmentList({
  caseFileId,
  attachments,
  userId,
  label,
}: {
  caseFileId: string;
  attachments: Attachment[];
  userId?: string;
  label: string;
}) {
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {attachments.map((a) => (
        <AttachmentItem key={a.id} caseFileId={caseFileId} attachment={a} mine={!!userId && a.uploadedBy.id === userId} />
      ))}
    </Stack>
  );
}

/** Tells that documents of a private entry are private too, where a user attaches one. */
export function PrivateAttachmentNote() {
  const { t } = useTranslation('casefiles');
  return (
    <Alert variant="outline" color="blue.9" p="xs">
      {t('attachments.privateNote')}
    </Alert>
  );
}
