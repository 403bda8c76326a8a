export { AuthProvider, useAuth } from './AuthContext';
export type { AuthSession, TokenUser } from './AuthContext';
export { useCurrentUser, useMe, meQueryKey } from './useCurrentUser';
export type { CurrentUser, Me, Organisation } from './useCurrentUser';
export {
  ACCESS_LOG_ROLES,
  DATA_PROTECTION_ROLES,
  ALL_ROLES,
  CASE_FILE_ROLES,
  HOUSEHOLD_READ_ROLES,
  HOUSEHOLD_WRITE_ROLES,
  SISP_STAFF_ROLES,
  hasAnyRole,
  isRole,
} from './roles';
export type { Role } from './roles';
export { SignInUnavailableError } from './signInService';
