import { Alert, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api';
import { problemMessage } from '@/lib/i18n/problemMessage';

interface ProblemAlertProps {
  error: unknown;
  title?: string;
  children?: ReactNode;
}

/**
 * The label of a server violation's field, so that no property name of the API reaches the screen:
 * "members[0].birthDate" reads as the label of birthDate. A field without a label (such as an
 * import's "line 2") is shown as the server wrote it.
 */
function fieldLabel(field: string, t: TFunction, exists: (key: string) => boolean): string {
  const leaf = field.replace(/\[\d+\]/g, '').split('.').pop() ?? '';
  return exists(`common:fields.${leaf}`) ? t(`common:fields.${leaf}`) : field;
}

/** Tells the user, in their language, why a call failed, with the server's field messages if any. */
export function ProblemAlert({ error, title, children }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const violations = isApiError(error) ? (error.problem.violations ?? []) : [];
  const withLabel = (field: string, message: string) =>
    `${t('format.label', { label: fieldLabel(field, t, (key) => i18n.exists(key)) })} ${message}`;
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('errors.title')} role="alert" mb="md">
      {problemMessage(error, t, i18n)}
      {violations.length > 0 && (
        <List size="sm" mt="xs">
          {violations.map((v) => (
            <List.Item key={`${v.field}:${v.message}`}>{withLabel(v.field, v.message)}</List.Item>
          ))}
        </List>
      )}
      {children}
    </Alert>
  );
}
