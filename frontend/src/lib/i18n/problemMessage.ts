import type { i18n as I18n, TFunction } from 'i18next';
import { isApiError } from '@/lib/api';

/**
 * A user-facing message for a failed call: the translation of the problem's stable code when
 * there is one, else the server's own detail, else a message for the HTTP status.
 */
export function problemMessage(error: unknown, t: TFunction, i18n: I18n): string {
  if (!isApiError(error)) return t('common:errors.unexpected');
  const codeKey = `common:errors.codes.${error.code}`;
  if (i18n.exists(codeKey)) return t(codeKey);
  if (error.problem.detail) return error.problem.detail;
  const statusKey = `common:errors.status.${error.status}`;
  if (i18n.exists(statusKey)) return t(statusKey);
  return t('common:errors.unexpected');
}
