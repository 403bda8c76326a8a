import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '@/app/providers';
import type { Role } from '@/lib/auth';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query/queryClient';
import { json, stubFetch } from '@/test/fetchStub';
import { fakeSession } from '@/test/render';
import { AppRoutes } from './AppRoutes';

const ID = '30000000-0000-4000-8000-000000000c01';
const HOUSEHOLD = {
  id: ID,
  name: 'Marie Van den Bussche',
  members: [
    {
      id: '60000000-0000-4000-8000-000000000001',
      firstName: 'Marie',
      lastName: 'Van den Bussche',
      role: 'reference-tenant',
      preferredLanguage: 'nl',
      phone: '+32 2 555 01 01',
      email: 'marie.vandenbussche@example.be',
    },
  ],
  currentLease: {
    id: '70000000-0000-4000-8000-000000000001',
    startDate: '2019-09-01',
    dwelling: { id: '80000000-0000-4000-8000-000000000001', unit: '0.01', address: 'Avenue du Homborch 36, 1180', siteId: '90000000-0000-4000-8000-000000000001', siteName: 'Homborch' },
  },
  leases: [],
  socialFollowUp: { active: true, referent: { id: '00000000-0000-4000-8000-000000000101', displayName: 'Amélie Dubois' } },
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

async function renderHousehold(roles: Role[]) {
  const stub = stubFetch((r) => {
    if (r.url.pathname === `/api/v1/households/${ID}`) return json(HOUSEHOLD, 200, { ETag: '"1"' });
    if (r.url.pathname === '/api/v1/case-files') {
      return json({
        items: [
          {
            id: '40000000-0000-4000-8000-000000000c01',
            reference: '2026-0042',
            householdId: ID,
            householdName: 'Marie Van den Bussche',
            status: 'active',
            themes: ['rent-arrears'],
            openedAt: '2026-10-01T09:00:00+02:00',
          },
        ],
        page: { page: 0, size: 100, totalItems: 1, totalPages: 1 },
      });
    }
    return undefined;
  });
  const i18n = await createI18n('en');
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <AppProviders i18n={i18n} session={fakeSession(roles)} queryClient={queryClient}>
      <MemoryRouter initialEntries={[`/households/${ID}`]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Marie Van den Bussche' });
  return stub;
}

describe('a household’s page (composed by the app)', () => {
  it('gives a proximity agent the contact details and who follows the household, never the case files', async () => {
    const { requests } = await renderHousehold(['field-agent']);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: '+32 2 555 01 01' })).toHaveAttribute('href', 'tel:+3225550101');
    expect(within(main).getByRole('link', { name: 'marie.vandenbussche@example.be' })).toHaveAttribute(
      'href',
      'mailto:marie.vandenbussche@example.be',
    );
    expect(within(main).getByText('Social follow-up: Amélie Dubois')).toBeInTheDocument();
    expect(within(main).queryByRole('heading', { name: 'Case files' })).not.toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: 'Edit the household' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.pathname.startsWith('/api/v1/case-files'))).toBe(false);
  });

  it('gives a social worker the household’s case files and the way to open one', async () => {
    await renderHousehold(['social-worker']);
    const section = await screen.findByRole('region', { name: 'Case files' });
    await waitFor(() => expect(within(section).getByRole('link', { name: 'File 2026-0042' })).toBeInTheDocument());
    expect(within(section).getByRole('link', { name: 'Open a case file' })).toHaveAttribute(
      'href',
      `/case-files/new?householdId=${ID}`,
    );
    expect(screen.getByRole('link', { name: 'Edit the household' })).toBeInTheDocument();
  });
});
