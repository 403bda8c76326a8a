import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toDateValue } from '@/lib/dates';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { CaseloadsPage } from '../routes/CaseloadPages';
import { OTHER_WORKER_ID, caseFile } from './fixtures';

const CASELOADS = {
  today: '2026-11-23',
  quietDays: 30,
  items: [
    { referent: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' }, open: 3, active: 12, quiet: 4, overdueTasks: 2 },
    { referent: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' }, open: 0, active: 1, quiet: 0, overdueTasks: 5 },
    { open: 1, active: 0, quiet: 1, overdueTasks: 0 },
  ],
};

const page = (items: unknown[], totalItems: number, totalCapped?: boolean) =>
  json({ items, page: { page: 0, size: 20, totalItems, totalPages: Math.ceil(totalItems / 20), totalCapped } });

function caseFiles(r: RecordedRequest) {
  if (r.url.pathname !== '/api/v1/case-files') return undefined;
  const referent = r.url.searchParams.get('referentId');
  if (r.url.searchParams.get('size') === '1') {
    return r.url.searchParams.get('status') === 'closed' && !referent ? page([], 1000, true) : page([], 7);
  }
  return referent === OTHER_WORKER_ID
    ? page([caseFile({ householdName: 'Jean Dupont', referent: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' } })], 1)
    : page([caseFile()], 1000, true);
}

describe('the caseloads overview', () => {
  it('shows every worker’s counts from one call and lists a worker’s files when the name is chosen', async () => {
    const { requests } = stubFetch((r) => (r.url.pathname === '/api/v1/caseloads' ? json(CASELOADS) : undefined), caseFiles);
    await renderRoute(<CaseloadsPage />, { path: '/caseloads', url: '/caseloads', roles: ['service-manager'] });

    const table = await screen.findByRole('table', { name: 'Caseload per social worker' });
    expect(within(table).getByRole('columnheader', { name: 'No activity for 30 days' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Amélie Dubois31242', 'Karim El Amrani0105', 'Files without a referent1010']);
    const read = requests.find((r) => r.url.pathname === '/api/v1/caseloads');
    expect(read?.url.searchParams.get('today')).toBe(toDateValue());
    expect(requests.filter((r) => r.url.pathname === '/api/v1/staff')).toHaveLength(0);

    // Everyone's files: the server stopped counting at 1,000.
    expect(await screen.findByText(/more than 1000/)).toBeInTheDocument();
    expect(screen.getByTestId('count-closed')).toHaveTextContent('1000+');

    await userEvent.click(within(table).getByRole('button', { name: 'Karim El Amrani' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`referentId=${OTHER_WORKER_ID}`);
    expect(await screen.findByRole('link', { name: 'Jean Dupont' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Karim El Amrani' })).toHaveAttribute('aria-pressed', 'true');
    const referent = screen.getByRole('combobox', { name: 'Referent social worker' });
    expect(referent).toHaveValue(OTHER_WORKER_ID);
    expect(
      requests.some((r) => r.url.pathname === '/api/v1/case-files' && r.url.searchParams.get('referentId') === OTHER_WORKER_ID),
    ).toBe(true);
  });

  it('is the service manager’s only: a social worker neither sees it nor asks for it', async () => {
    const { requests } = stubFetch(() => undefined);
    await renderRoute(<CaseloadsPage />, { path: '/caseloads', url: '/caseloads', roles: ['social-worker'] });
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(requests.filter((r) => r.url.pathname === '/api/v1/caseloads')).toHaveLength(0);
  });
});
