import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { HouseholdCreatePage } from '../routes/HouseholdFormPages';

const SITE = '10000000-0000-4000-8000-000000000001';
const BUILDING = '20000000-0000-4000-8000-000000000001';
const DWELLING = '21000000-0000-4000-8000-000000000001';
const CREATED = '30000000-0000-4000-8000-0000000000aa';
const page = (items: unknown[]) => ({ items, page: { number: 0, size: 100, totalItems: items.length, totalPages: 1 } });

const dwelling = {
  id: DWELLING,
  buildingId: BUILDING,
  siteId: SITE,
  siteName: 'Homborch',
  address: 'Avenue du Homborch 36, 1180',
  commune: 'UCCLE',
  unit: '1.01',
  floor: 1,
  bedrooms: 2,
  type: 'apartment',
  occupied: false,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const isCreate = (r: RecordedRequest) => r.method === 'POST' && r.url.pathname === '/api/v1/households';

function stub(create: (r: RecordedRequest) => Response) {
  return stubFetch((r) => {
    if (r.url.pathname === '/api/v1/sites') return json(page([{ id: SITE, name: 'Homborch' }]));
    if (r.url.pathname === '/api/v1/buildings' && r.url.searchParams.get('siteId') === SITE) {
      return json(page([{ id: BUILDING, siteId: SITE, siteName: 'Homborch', street: 'Avenue du Homborch', number: '36' }]));
    }
    if (r.url.pathname === '/api/v1/dwellings') {
      return json(page(r.url.searchParams.get('occupancy') === 'vacant' ? [dwelling] : []));
    }
    if (isCreate(r)) return create(r);
    return undefined;
  });
}

const ROUTE = { path: '/households/new', url: '/households/new', roles: ['social-worker' as const] };

async function fillHouseholdAndDwelling() {
  const tenant = await screen.findByRole('group', { name: 'Member 1' });
  await userEvent.type(within(tenant).getByRole('textbox', { name: /First name/ }), 'Nora');
  await userEvent.type(within(tenant).getByRole('textbox', { name: /Last name/ }), 'Bail');
  const lease = screen.getByRole('group', { name: 'Dwelling and lease' });
  await waitFor(() => expect(within(lease).getByRole('option', { name: 'Homborch' })).toBeInTheDocument());
  await userEvent.selectOptions(within(lease).getByRole('combobox', { name: 'Site' }), SITE);
  await waitFor(() => expect(within(lease).getByRole('option', { name: 'Avenue du Homborch 36' })).toBeInTheDocument());
  await userEvent.selectOptions(within(lease).getByRole('combobox', { name: 'Building' }), BUILDING);
  const choice = within(lease).getByRole('combobox', { name: /Vacant dwelling/ });
  await waitFor(() => expect(within(choice).getByRole('option', { name: /unit 1\.01/ })).toBeInTheDocument());
  await userEvent.selectOptions(choice, DWELLING);
  const start = within(lease).getByLabelText(/Start of the lease/);
  await userEvent.clear(start);
  await userEvent.type(start, '2026-03-01');
}

// Long journeys through real components: generous time on a busy machine.
describe('creating a household with its dwelling and lease', { timeout: 30_000 }, () => {
  it('picks a vacant dwelling site → building → dwelling and sends the household and its lease in one call', async () => {
    const { requests } = stub((r) => json({ id: CREATED, ...(r.body as object) }, 201));
    await renderRoute(<HouseholdCreatePage />, ROUTE);
    await fillHouseholdAndDwelling();
    await userEvent.click(screen.getByRole('button', { name: 'Create the household' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/households/${CREATED}`));
    const creates = requests.filter(isCreate);
    expect(creates).toHaveLength(1);
    expect(creates[0]!.body).toEqual({
      members: [{ firstName: 'Nora', lastName: 'Bail', preferredLanguage: 'fr', role: 'reference-tenant' }],
      lease: { dwellingId: DWELLING, startDate: '2026-03-01' },
    });
    const dwellingQueries = requests.filter((r) => r.url.pathname === '/api/v1/dwellings');
    expect(dwellingQueries.at(-1)!.url.searchParams.get('occupancy')).toBe('vacant');
    expect(dwellingQueries.at(-1)!.url.searchParams.get('buildingId')).toBe(BUILDING);
  });

  it('asks for a dwelling before calling the server, unless the lease is left for later', async () => {
    const { requests } = stub((r) => json({ id: CREATED, ...(r.body as object) }, 201));
    await renderRoute(<HouseholdCreatePage />, ROUTE);
    const tenant = await screen.findByRole('group', { name: 'Member 1' });
    await userEvent.type(within(tenant).getByRole('textbox', { name: /First name/ }), 'Nora');
    await userEvent.type(within(tenant).getByRole('textbox', { name: /Last name/ }), 'Bail');
    await userEvent.click(screen.getByRole('button', { name: 'Create the household' }));
    const lease = screen.getByRole('group', { name: 'Dwelling and lease' });
    expect(await within(lease).findByText('Required field.')).toBeInTheDocument();
    expect(requests.filter(isCreate)).toHaveLength(0);

    await userEvent.click(within(lease).getByRole('checkbox', { name: 'Record the lease now' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the household' }));
    await waitFor(() => expect(requests.filter(isCreate)).toHaveLength(1));
    expect(requests.filter(isCreate)[0]!.body).not.toHaveProperty('lease');
  });

  it('shows on the dwelling field that another household rents it (409 dwelling-occupied), and stays on the form', async () => {
    stub(() =>
      json({ type: 'about:blank', title: 'Occupied', status: 409, code: 'dwelling-occupied' }, 409),
    );
    await renderRoute(<HouseholdCreatePage />, ROUTE);
    await fillHouseholdAndDwelling();
    await userEvent.click(screen.getByRole('button', { name: 'Create the household' }));
    const lease = screen.getByRole('group', { name: 'Dwelling and lease' });
    expect(await within(lease).findByText('Another household currently rents this dwelling.')).toBeInTheDocument();
    expect(screen.getByTestId('location').textContent).toBe('/households/new');
  });
});
