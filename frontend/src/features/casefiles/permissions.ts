import { CASE_FILE_ROLES, hasAnyRole, useCurrentUser } from '@/lib/auth';
import type { CaseFile } from './api/types';

/** What the UI offers; the API decides (and asks a reason for files outside one's caseload). */
export function useCaseFilePermissions() {
  const user = useCurrentUser();
  return {
    canRead: hasAnyRole(user.roles, CASE_FILE_ROLES),
    isManager: user.roles.includes('service-manager'),
    isSocialWorker: user.roles.includes('social-worker'),
    userId: user.id,
  };
}

/**
 * Whether the file's lifecycle (close, reopen, archive) is the caller's: its referent's and the
 * service manager's, as the server enforces (403 `not-referent` for anyone else).
 */
export function mayChangeStatus(caseFile: Pick<CaseFile, 'referent'>, who: { isManager: boolean; userId?: string }) {
  return who.isManager || (!!caseFile.referent && caseFile.referent.id === who.userId);
}
