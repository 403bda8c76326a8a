import { Button, Card, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, ProblemAlert } from '@/components';
import { useAttachments } from '../api/attachments';
import { AttachmentList, AttachmentUpload } from './Attachments';

/**
 * Every document of the file the user may read: the file's own and its entries' (each entry also
 * shows its own in the timeline).
 */
export function AttachmentsSection({ caseFileId, userId, canAdd }: { caseFileId: string; userId?: string; canAdd: boolean }) {
  const { t } = useTranslation('casefiles');
  const attachments = useAttachments(caseFileId);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="case-attachments">
      <Title order={2} size="h4" mb="sm" id="case-attachments">
        {t('attachments.title')}
      </Title>
      <Stack gap="md">
        {canAdd &&
          (adding ? (
            <Card withBorder padding="md">
              <AttachmentUpload caseFileId={caseFileId} onDone={() => setAdding(false)} />
            </Card>
          ) : (
            <div>
              <Button variant="outline" onClick={() => setAdding(true)}>
                {t('attachments.add')}
              </Button>
            </div>
          ))}
        {attachments.isPending ? (
          <LoadingState />
        ) : attachments.isError ? (
          <ProblemAlert error={attachments.error} />
        ) : attachments.data.length === 0 ? (
          <EmptyState message={t('attachments.empty')} />
        ) : (
          <AttachmentList caseFileId={caseFileId} attachments={attachments.data} userId={userId} label={t('attachments.title')} />
        )}
      </Stack>
    </section>
  );
}
