import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { ProblemAlert } from './ProblemAlert';

interface FormErrorAlertProps {
  error: unknown;
  /** Offered after a 412: replace the form's values with the record's latest version. */
  onLoadLatest?: () => void;
}

/**
 * A form's submit failure. After a 412 (someone else saved first) the user's input stays in the
 * form, the fresh version is fetched, and they may either save again or start from the latest.
 */
export function FormErrorAlert({ error, onLoadLatest }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = isApiError(error) && error.status === 412;
  return (
    <ProblemAlert error={error} title={stale ? t('errors.staleTitle') : undefined}>
      {stale && onLoadLatest && (
        <div>
          <Button variant="outline" size="xs" mt="sm" onClick={onLoadLatest}>
            {t('actions.loadLatest')}
          </Button>
        </div>
      )}
    </ProblemAlert>
  );
}
