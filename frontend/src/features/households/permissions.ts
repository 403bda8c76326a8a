import { hasAnyRole, HOUSEHOLD_READ_ROLES, HOUSEHOLD_WRITE_ROLES, useCurrentUser } from '@/lib/auth';

/** What the UI offers; the API decides. */
export function useHouseholdPermissions() {
  const user = useCurrentUser();
  return {
    canRead: hasAnyRole(user.roles, HOUSEHOLD_READ_ROLES),
    canEdit: hasAnyRole(user.roles, HOUSEHOLD_WRITE_ROLES),
  };
}
