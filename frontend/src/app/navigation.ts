import {
  ACCESS_LOG_ROLES,
  CASE_FILE_ROLES,
  DATA_PROTECTION_ROLES,
  hasAnyRole,
  HOUSEHOLD_READ_ROLES,
  SISP_STAFF_ROLES,
  type Role,
} from '@/lib/auth';

export interface NavItem {
  to: string;
  /** Key in the `common` namespace. */
  labelKey: string;
  /** Roles that see the entry; undefined means everyone signed in. */
  roles?: readonly Role[];
  /** Whether the entry needs the user to belong to an organisation (a SISP). */
  needsOrganisation?: boolean;
}

/** The application's sections; features add their entries here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/households', labelKey: 'nav.households', roles: HOUSEHOLD_READ_ROLES, needsOrganisation: true },
  { to: '/households/import', labelKey: 'nav.householdImport', roles: ['admin'], needsOrganisation: true },
  { to: '/caseload', labelKey: 'nav.myCaseload', roles: ['social-worker'], needsOrganisation: true },
  { to: '/agenda', labelKey: 'nav.agenda', roles: CASE_FILE_ROLES, needsOrganisation: true },
  { to: '/caseloads', labelKey: 'nav.caseloads', roles: ['service-manager'], needsOrganisation: true },
  { to: '/access-log', labelKey: 'nav.accessLog', roles: ACCESS_LOG_ROLES, needsOrganisation: true },
  { to: '/subject-access', labelKey: 'nav.subjectAccess', roles: DATA_PROTECTION_ROLES, needsOrganisation: true },
  { to: '/retention', labelKey: 'nav.retention', roles: DATA_PROTECTION_ROLES, needsOrganisation: true },
  { to: '/sites', labelKey: 'nav.sites', roles: SISP_STAFF_ROLES, needsOrganisation: true },
  { to: '/buildings', labelKey: 'nav.buildings', roles: SISP_STAFF_ROLES, needsOrganisation: true },
  { to: '/dwellings', labelKey: 'nav.dwellings', roles: SISP_STAFF_ROLES, needsOrganisation: true },
  { to: '/staff', labelKey: 'nav.staff', roles: ['admin'], needsOrganisation: true },
];

/** The entries a user may see. The server still checks every call. */
export function visibleNavItems(
  user: { roles: readonly Role[]; organisationCode?: string },
  items: readonly NavItem[] = NAV_ITEMS,
): NavItem[] {
  return items.filter(
    (item) =>
      (!item.roles || hasAnyRole(user.roles, item.roles)) && (!item.needsOrganisation || !!user.organisationCode),
  );
}
