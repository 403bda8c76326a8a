import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { DwellingDetailPage } from '../routes/DwellingDetailPage';

const ID = '21000000-0000-4000-8000-000000000001';
const NORA = '30000000-0000-4000-8000-0000000000aa';
const PAUL = '30000000-0000-4000-8000-0000000000bb';

const dwelling = (occupied: boolean) => ({
  id: ID,
  buildingId: '20000000-0000-4000-8000-000000000001',
  siteId: '10000000-0000-4000-8000-000000000001',
  siteName: 'Homborch',
  address: 'Avenue du Homborch 36, 1180',
  commune: 'UCCLE',
  unit: '1.01',
  floor: 1,
  bedrooms: 2,
  type: 'apartment',
  occupied,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function stub(occupied: boolean, leases: unknown[]) {
  return stubFetch((r) => {
    if (r.url.pathname === `/api/v1/dwellings/${ID}`) return json(dwelling(occupied), 200, { ETag: '"0"' });
    if (r.url.pathname === `/api/v1/dwellings/${ID}/leases`) return json({ items: leases });
    if (r.url.pathname === '/api/v1/communes') return json([]);
    return undefined;
  });
}

const route = (roles: ('social-worker' | 'dpo' | 'field-agent')[]) => ({
  path: '/dwellings/:dwellingId',
  url: `/dwellings/${ID}`,
  roles,
  language: 'fr' as const,
});

describe('a dwelling’s occupancy', { timeout: 30_000 }, () => {
  it('names the current household with a link and lists the lease history', async () => {
    stub(true, [
      { id: 'l2', household: { id: NORA, name: 'Nora Bail' }, startDate: '2024-07-01' },
      { id: 'l1', household: { id: PAUL, name: 'Paul Lefèvre' }, startDate: '2019-09-01', endDate: '2024-05-31' },
    ]);
    await renderRoute(<DwellingDetailPage />, route(['field-agent']));
    const section = await screen.findByRole('region', { name: 'Occupation' });
    const [current] = await within(section).findAllByRole('link', { name: 'Nora Bail' });
    expect(current).toHaveAttribute('href', `/households/${NORA}`);
    expect(section).toHaveTextContent('depuis le');
    const history = within(section).getByRole('table', { name: 'Historique des baux' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Nora Bail', 'Paul Lefèvre']);
    expect(within(rows[0]!).getAllByRole('cell')[2]).toHaveTextContent('en cours');
  });

  it('says that a dwelling without a current lease is vacant', async () => {
    stub(false, [{ id: 'l1', household: { id: PAUL, name: 'Paul Lefèvre' }, startDate: '2019-09-01', endDate: '2024-05-31' }]);
    await renderRoute(<DwellingDetailPage />, route(['social-worker']));
    const section = await screen.findByRole('region', { name: 'Occupation' });
    expect(await within(section).findByText('Inoccupé : aucun ménage ne loue ce logement.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Paul Lefèvre' })).toBeInTheDocument();
  });

  it('tells the DPO only whether it is occupied, without asking the server for names', async () => {
    const { requests } = stub(true, []);
    await renderRoute(<DwellingDetailPage />, route(['dpo']));
    const section = await screen.findByRole('region', { name: 'Occupation' });
    expect(within(section).getByText('Loué par un ménage.')).toBeInTheDocument();
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.url.pathname.endsWith('/leases'))).toHaveLength(0);
  });
});
