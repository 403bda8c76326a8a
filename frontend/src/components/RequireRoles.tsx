import { Outlet } from 'react-router';
import { hasAnyRole, useAuth, type Role } from '@/lib/auth';
import { ForbiddenState } from './States';

/** Every signed-in user, whatever their roles (the contract's `x-hestia-roles: ['**']`). */
export const ANY_SIGNED_IN = 'any-signed-in';

export interface RequireRolesProps {
  /** The realm roles that may open the routes below, as the server allows their calls. */
  roles: readonly Role[] | typeof ANY_SIGNED_IN;
}

/**
 * The role rule of the routes nested below it: a user without one of `roles` gets the forbidden page instead of a
 * screen whose every call would answer 403. It only shapes the UI; the server checks every call.
 */
export function RequireRoles({ roles }: RequireRolesProps) {
  const { user } = useAuth();
  if (roles !== ANY_SIGNED_IN && !hasAnyRole(user.roles, roles)) return <ForbiddenState />;
  return <Outlet />;
}
