import { useTranslation } from 'react-i18next';
import { useAttachments } from '../api/attachments';
import { AttachmentList, AttachmentUpload } from './Attachments';
import { CaseSection } from './CaseSection';

/**
 * Every document of the file the user may read: the file's own and its entries' (each entry also
 * shows its own in the timeline).
 */
export function AttachmentsSection({ caseFileId, userId, canAdd }: { caseFileId: string; userId?: string; canAdd: boolean }) {
  const { t } = useTranslation('casefiles');
  const attachments = useAttachments(caseFileId);
  return (
    <CaseSection
      headingId="case-attachments"
      title={t('attachments.title')}
      addLabel={t('attachments.add')}
      canAdd={canAdd}
      form={(close) => <AttachmentUpload caseFileId={caseFileId} onDone={close} />}
      query={attachments}
      emptyMessage={t('attachments.empty')}
    >
      {(items) => <AttachmentList caseFileId={caseFileId} attachments={items} userId={userId} label={t('attachments.title')} />}
    </CaseSection>
  );
}
