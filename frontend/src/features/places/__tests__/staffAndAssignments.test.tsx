import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { SiteDetailPage } from '../routes/SiteDetailPage';
import { StaffDirectoryPage } from '../routes/StaffDirectoryPage';

const SITE_ID = '11111111-1111-4111-8111-111111111111';
const AMELIE = { id: '00000000-0000-4000-8000-000000000101', displayName: 'Amélie Dubois' };
const NORA = { id: '00000000-0000-4000-8000-000000000109', displayName: 'Nora Haddad' };

const member = (person: { id: string; displayName: string }, extra: Record<string, unknown> = {}) => ({
  ...person,
  username: (person.displayName.split(' ')[0] ?? '').toLowerCase(),
  roles: ['social-worker'],
  active: true,
  signedInAt: '2026-11-01T09:00:00Z',
  ...extra,
});

const staffPage = (items: unknown[]) => json({ items, page: { page: 0, size: 100, totalItems: items.length, totalPages: 1 } });

function site(overrides: Record<string, unknown> = {}) {
  return {
    id: SITE_ID,
    organisationId: 'BINHOME',
    name: 'Homborch',
    buildingCount: 2,
    dwellingCount: 120,
    communes: ['UCCLE'],
    referentSocialWorker: AMELIE,
    openCaseFiles: 3,
    version: 4,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

function siteHandlers(r: RecordedRequest) {
  if (r.method === 'GET' && r.url.pathname === `/api/v1/sites/${SITE_ID}`) return json(site(), 200, { ETag: '"4"' });
  if (r.method === 'GET' && r.url.pathname === '/api/v1/staff') {
    return r.url.searchParams.get('role') === 'social-worker'
      ? staffPage([member(AMELIE), member(NORA, { signedInAt: undefined })])
      : staffPage([]);
  }
  if (r.method === 'GET' && r.url.pathname === '/api/v1/buildings') {
    return json({ items: [], page: { page: 0, size: 20, totalItems: 0, totalPages: 0 } });
  }
  if (r.method === 'PUT') return json(site({ referentSocialWorker: NORA, version: 5 }), 200, { ETag: '"5"' });
  return undefined;
}

describe('a change of a site’s referent', () => {
  it('offers a colleague who never signed in and asks, with the count, whether the open files move', async () => {
    const { requests } = stubFetch(siteHandlers);
    await renderRoute(<SiteDetailPage />, { path: '/sites/:siteId', url: `/sites/${SITE_ID}`, roles: ['admin'] });

    await userEvent.click(await screen.findByRole('button', { name: 'Change the assignments' }));
    const referent = screen.getByRole('combobox', { name: 'Referent social worker' });
    await screen.findByRole('option', { name: 'Nora Haddad (not signed in yet)' });
    expect(screen.queryByText(/open files of this site/)).not.toBeInTheDocument();
    await userEvent.selectOptions(referent, NORA.id);

    const question = screen.getByRole('radiogroup', {
      name: 'Amélie Dubois follows 3 open files of this site. Who follows them from now on?',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save the assignments' }));
    expect(await screen.findByText('Required field.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await userEvent.click(within(question).getByRole('radio', { name: 'The new referent (the 3 files are handed over)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the assignments' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.url.pathname).toBe(`/api/v1/sites/${SITE_ID}/assignments`);
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(put?.body).toEqual({ referentSocialWorkerId: NORA.id, moveOpenFiles: true });
  }, 30_000);
});

describe('the staff directory', () => {
  it('shows who never signed in and who left, and syncs with Keycloak on demand', async () => {
    const { requests } = stubFetch((r) => {
      if (r.method === 'GET' && r.url.pathname === '/api/v1/staff') {
        return staffPage([
          member(AMELIE),
          member(NORA, { signedInAt: undefined }),
          member({ id: '00000000-0000-4000-8000-000000000199', displayName: 'Paul Wouters' }, { active: false }),
        ]);
      }
      if (r.method === 'POST' && r.url.pathname === '/api/v1/staff/sync') {
        return json({ created: 1, updated: 0, deactivated: 2, syncedAt: '2026-12-02T06:00:00Z' });
      }
      return undefined;
    });
    await renderRoute(<StaffDirectoryPage />, { path: '/staff', url: '/staff', roles: ['admin'] });

    const table = await screen.findByRole('table', { name: 'Staff' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      'Amélie DuboisamélieSocial workerActive',
      'Nora HaddadnoraSocial workerNot signed in yet',
      'Paul WouterspaulSocial workerInactive',
    ]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show inactive people' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.searchParams.get('includeInactive') === 'true')).toBe(true),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Update from Keycloak' }));
    expect(await screen.findByText('Staff updated: new accounts 1, changed 0, deactivated 2.')).toBeInTheDocument();
  }, 30_000);

  it('says so when Keycloak cannot be reached', async () => {
    stubFetch((r) => {
      if (r.method === 'GET' && r.url.pathname === '/api/v1/staff') return staffPage([member(AMELIE)]);
      if (r.method === 'POST') {
        return json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'directory-unavailable' }, 503);
      }
      return undefined;
    });
    await renderRoute(<StaffDirectoryPage />, { path: '/staff', url: '/staff', roles: ['admin'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Update from Keycloak' }));
    expect(await screen.findByText(/Hestia cannot reach Keycloak/)).toBeInTheDocument();
  });
});
