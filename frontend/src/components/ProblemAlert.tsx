import { Alert, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { problemMessage } from '@/lib/i18n/problemMessage';

interface ProblemAlertProps {
  error: unknown;
  title?: string;
  children?: ReactNode;
}

/** Tells the user, in their language, why a call failed, with the server's field messages if any. */
export function ProblemAlert({ error, title, children }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const violations = isApiError(error) ? (error.problem.violations ?? []) : [];
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('errors.title')} role="alert" mb="md">
      {problemMessage(error, t, i18n)}
      {violations.length > 0 && (
        <List size="sm" mt="xs">
          {violations.map((v) => (
            <List.Item key={`${v.field}:${v.message}`}>{t('format.label', { label: v.field }) + ' ' + v.message}</List.Item>
          ))}
        </List>
      )}
      {children}
    </Alert>
  );
}
