import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../api/types';

/**
 * A lasting reminder, for as long as the page is open, that the file is outside the caller's
 * caseload and read on the reason they gave (kept by the server for the session, so it survives a
 * reload). Not a toast: it does not go away, and it does not interrupt screen readers.
 */
export function OutsideCaseloadBanner({ caseFile }: { caseFile: CaseFile }) {
  const { t } = useTranslation('casefiles');
  if (!caseFile.outsideCaseload) return null;
  return (
    <Alert
      variant="outline"
      color="blue.9"
      role="note"
      title={t('outsideBanner.title')}
      data-testid="outside-caseload-banner"
    >
      {caseFile.accessReason
        ? t('outsideBanner.withReason', { reason: caseFile.accessReason })
        : t('outsideBanner.withoutReason')}
    </Alert>
  );
}
