import { CASE_FILE_ROLES, hasAnyRole, useCurrentUser } from '@/lib/auth';

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
