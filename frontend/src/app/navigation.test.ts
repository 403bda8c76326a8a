import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { visibleNavItems } from './navigation';

const paths = (items: { to: string }[]) => items.map((i) => i.to);
const navOf = (...roles: Role[]) => paths(visibleNavItems({ roles, organisationCode: 'BINHOME' }));
const PLACES = ['/sites', '/buildings', '/dwellings'];

describe('navigation', () => {
  it('gives a social worker the households and their own caseload, not the caseloads overview nor the access log', () => {
    expect(navOf('social-worker')).toEqual(['/', '/households', '/caseload', '/agenda', ...PLACES]);
  });

  it('gives the head of the social service the households, every caseload and the access log', () => {
    expect(navOf('service-manager')).toEqual(['/', '/households', '/agenda', '/caseloads', '/access-log', ...PLACES]);
  });

  it('gives the DPO the access log, subject-access exports and retention but no households and no case files', () => {
    expect(navOf('dpo')).toEqual(['/', '/access-log', '/subject-access', '/retention', ...PLACES]);
  });

  it('gives proximity agents, renovation and collective workers and admins the households, never case files', () => {
    for (const role of ['field-agent', 'renovation-worker', 'collective-worker'] as const) {
      expect(navOf(role), role).toEqual(['/', '/households', ...PLACES]);
    }
    expect(navOf('admin')).toEqual(['/', '/households', '/households/import', ...PLACES, '/staff']);
  });

  it('shows each entry once to a person with several roles', () => {
    expect(navOf('social-worker', 'service-manager')).toEqual([
      '/',
      '/households',
      '/caseload',
      '/agenda',
      '/caseloads',
      '/access-log',
      ...PLACES,
    ]);
  });

  it('hides everything but home from users without organisation (SLRB, PCS)', () => {
    expect(paths(visibleNavItems({ roles: ['slrb-analyst'] }))).toEqual(['/']);
    expect(paths(visibleNavItems({ roles: ['pcs-coordinator'] }))).toEqual(['/']);
    expect(paths(visibleNavItems({ roles: ['social-worker'] }))).toEqual(['/']);
  });
});
