import { hasAnyRole, HOUSEHOLD_READ_ROLES, SISP_STAFF_ROLES, useCurrentUser } from '@/lib/auth';

/** What the UI offers; the API decides (a social worker's PUT still answers 403). */
export function usePlacesPermissions() {
  const user = useCurrentUser();
  return {
    canRead: hasAnyRole(user.roles, SISP_STAFF_ROLES),
    canEdit: user.roles.includes('admin'),
    /** Who rents a dwelling (names, lease history): for the roles that work with households. */
    canSeeOccupants: hasAnyRole(user.roles, HOUSEHOLD_READ_ROLES),
  };
}
