import type { components } from '@/lib/api';

export type Role = components['schemas']['Role'];

export const ALL_ROLES: readonly Role[] = [
  'social-worker',
  'renovation-worker',
  'field-agent',
  'collective-worker',
  'service-manager',
  'pcs-coordinator',
  'slrb-analyst',
  'slrb-integration',
  'admin',
  'dpo',
];

/** Roles held by the staff of a SISP; they may read the organisation's places. */
export const SISP_STAFF_ROLES: readonly Role[] = [
  'social-worker',
  'renovation-worker',
  'field-agent',
  'collective-worker',
  'service-manager',
  'admin',
  'dpo',
];

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((r) => wanted.includes(r));
}

/** Who reads households: contact details, address, whether a social follow-up exists (never its content). */
export const HOUSEHOLD_READ_ROLES: readonly Role[] = [
  'social-worker',
  'renovation-worker',
  'field-agent',
  'collective-worker',
  'service-manager',
  'admin',
];

/** Who edits households and records their moves. */
export const HOUSEHOLD_WRITE_ROLES: readonly Role[] = ['admin', 'social-worker', 'service-manager'];

/** The social service: the only roles that read case files (professional secrecy). */
export const CASE_FILE_ROLES: readonly Role[] = ['social-worker', 'service-manager'];

/** Who queries the access log of case files. */
export const ACCESS_LOG_ROLES: readonly Role[] = ['dpo', 'service-manager'];

/** Subject-access exports and retention: the data protection officer only. */
export const DATA_PROTECTION_ROLES: readonly Role[] = ['dpo'];
