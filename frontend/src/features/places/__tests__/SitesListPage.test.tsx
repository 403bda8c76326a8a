import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { communesHandler, json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { SitesListPage } from '../routes/SitesListPage';

const HOMBORCH = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Homborch',
  buildingCount: 2,
  dwellingCount: 120,
  communes: ['UCCLE'],
  referentSocialWorker: { id: '22222222-2222-4222-8222-222222222222', displayName: 'Amélie Dubois' },
};

function sitesHandler(request: RecordedRequest) {
  if (request.method === 'GET' && request.url.pathname === '/api/v1/sites') {
    return json({ items: [HOMBORCH], page: { page: 1, size: 20, totalItems: 21, totalPages: 2 } });
  }
  return undefined;
}

const siteRequests = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.url.pathname === '/api/v1/sites').map((r) => Object.fromEntries(r.url.searchParams));

const location = () => screen.getByTestId('location').textContent ?? '';

describe('sites list', () => {
  it('reads its filters, sort and page from the URL and asks the API for exactly that', async () => {
    const { requests } = stubFetch(communesHandler, sitesHandler);
    await renderRoute(<SitesListPage />, {
      path: '/sites',
      url: '/sites?q=homborch&commune=UCCLE&status=all&sort=-name&page=2',
    });

    expect(await screen.findByRole('link', { name: 'Homborch' })).toBeInTheDocument();
    expect(siteRequests(requests)).toEqual([
      { q: 'homborch', commune: 'UCCLE', status: 'all', sort: '-name', page: '1', size: '20' },
    ]);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('homborch');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Commune' })).toHaveValue('UCCLE'));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('all');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('-name');
    expect(screen.getByText('Page 2 of 2 · 21 in total')).toBeInTheDocument();

    const row = screen.getByRole('row', { name: /Homborch/ });
    expect(within(row).getByText('Uccle')).toBeInTheDocument();
    expect(within(row).getByText('120')).toBeInTheDocument();
    expect(within(row).getByText('Amélie Dubois')).toBeInTheDocument();
  });

  it('writes a changed filter into the URL and goes back to the first page', async () => {
    const { requests } = stubFetch(communesHandler, sitesHandler);
    await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites?q=homborch&page=2' });
    await screen.findByRole('link', { name: 'Homborch' });
    await waitFor(() => expect(screen.getByRole('option', { name: 'Ixelles' })).toBeInTheDocument());

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Commune' }), 'IXELLES');

    await waitFor(() => expect(location()).toBe('/sites?q=homborch&commune=IXELLES'));
    await waitFor(() =>
      expect(siteRequests(requests).at(-1)).toEqual({
        q: 'homborch',
        commune: 'IXELLES',
        status: 'active',
        sort: 'name',
        page: '0',
        size: '20',
      }),
    );
  });

  it('puts the search words in the URL', async () => {
    stubFetch(communesHandler, sitesHandler);
    await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites' });
    await screen.findByRole('link', { name: 'Homborch' });

    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'merlo' } });
    fireEvent.keyDown(search, { key: 'Enter' });

    await waitFor(() => expect(location()).toBe('/sites?q=merlo'));
  });

  it('moves to the next page through the URL', async () => {
    stubFetch(communesHandler, sitesHandler);
    await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites?sort=-dwellings' });
    await screen.findByRole('link', { name: 'Homborch' });

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    await waitFor(() => expect(location()).toBe('/sites?sort=-dwellings&page=2'));
  });

  it('ignores values the API would refuse', async () => {
    const { requests } = stubFetch(communesHandler, sitesHandler);
    await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites?status=bogus&sort=size&page=-3' });
    await screen.findByRole('link', { name: 'Homborch' });
    expect(siteRequests(requests)[0]).toEqual({ status: 'active', sort: 'name', page: '0', size: '20' });
  });

  it('offers "New site" to an admin only', async () => {
    stubFetch(communesHandler, sitesHandler);
    const admin = await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites', roles: ['admin'] });
    await screen.findByRole('link', { name: 'Homborch' });
    expect(screen.getByRole('link', { name: 'New site' })).toBeInTheDocument();
    admin.unmount();

    await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites', roles: ['social-worker'] });
    await screen.findByRole('link', { name: 'Homborch' });
    expect(screen.queryByRole('link', { name: 'New site' })).not.toBeInTheDocument();
  });

  it('says when the role may not see places', async () => {
    stubFetch(communesHandler, (request) =>
      request.url.pathname === '/api/v1/sites'
        ? json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }, 403)
        : undefined,
    );
    await renderRoute(<SitesListPage />, { path: '/sites', url: '/sites', roles: ['slrb-analyst'] });
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
  });
});
