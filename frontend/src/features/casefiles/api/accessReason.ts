import { isApiError } from '@/lib/api';

export { ACCESS_REASON_HEADER, ACCESS_REASON_MAX, toAccessReasonHeader } from '@/lib/api';

/** The server's answer when a social worker opens a file outside their caseload without a reason. */
export function isAccessReasonRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code === 'access-reason-required';
}
