import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { RetentionPage } from '../routes/RetentionPage';

const ROUTE = { path: '/retention', url: '/retention', roles: ['dpo' as const] };
const BASE = '/api/v1/data-protection/retention';
const DUE_FILE = '40000000-0000-4000-8000-000000000e01';
const HELD_FILE = '40000000-0000-4000-8000-000000000e02';
const DPO = { id: '00000000-0000-4000-8000-000000000109', displayName: 'Delphine Piron' };

const run = (overrides: Record<string, unknown> = {}) => ({
  id: '90000000-0000-4000-8000-000000000001',
  startedAt: '2026-11-22T02:30:00+01:00',
  trigger: 'schedule',
  dryRun: false,
  closedBefore: '2021-11-22T02:30:00+01:00',
  reported: 2,
  held: 1,
  due: 0,
  anonymised: 3,
  ...overrides,
});

const report = () => ({
  settings: { closedFor: 'P5Y', notice: 'P30D', schedule: '0 30 2 * * ?' },
  lastRun: run(),
  items: [
    {
      caseFileId: DUE_FILE,
      householdId: '30000000-0000-4000-8000-000000000e01',
      householdName: 'Marie Dubois',
      status: 'archived',
      themes: ['rent-arrears'],
      closedAt: '2021-06-01T10:00:00+02:00',
      reportedAt: '2026-11-01T02:30:00+01:00',
      anonymiseFrom: '2026-12-01T02:30:00+01:00',
    },
    {
      caseFileId: HELD_FILE,
      householdId: '30000000-0000-4000-8000-000000000e02',
      householdName: 'Jan Peeters',
      status: 'closed',
      themes: ['energy'],
      closedAt: '2020-03-01T10:00:00+01:00',
      hold: { caseFileId: HELD_FILE, reason: 'Litige en cours', placedAt: '2026-11-10T09:00:00+01:00', placedBy: DPO },
    },
  ],
  page: { page: 0, size: 20, totalItems: 2, totalPages: 1 },
});

const is = (method: string, path: string) => (r: RecordedRequest) => r.method === method && r.url.pathname === path;

function theRetention() {
  return stubFetch((r) => {
    if (is('GET', `${BASE}/report`)(r)) return json(report());
    if (is('GET', `${BASE}/runs`)(r)) return json({ items: [run()], page: { page: 0, size: 10, totalItems: 1, totalPages: 1 } });
    if (is('POST', `${BASE}/runs`)(r)) return json(run({ trigger: 'on-demand', dryRun: true, anonymised: 0, due: 1, requestedBy: DPO }), 201);
    if (is('POST', `${BASE}/holds`)(r)) {
      return json({ caseFileId: DUE_FILE, reason: 'x', placedAt: '2026-11-23T10:00:00+01:00', placedBy: DPO }, 201);
    }
    if (is('DELETE', `${BASE}/holds/${HELD_FILE}`)(r)) return new Response(null, { status: 204 });
    return undefined;
  });
}

describe('retention', () => {
  it('shows the rule, the files due for anonymisation and when, held files and the runs', async () => {
    theRetention();
    await renderRoute(<RetentionPage />, ROUTE);

    expect(await screen.findByTestId('retention-rule')).toHaveTextContent(
      'A case file closed for 5 years enters the retention report; it is anonymised 30 days later',
    );
    const files = screen.getByRole('table', { name: 'Files due for anonymisation' });
    const rows = within(files).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Marie Dubois');
    expect(rows[1]).toHaveTextContent('Rent arrears');
    expect(rows[2]).toHaveTextContent('Jan Peeters');
    expect(rows[2]).toHaveTextContent('Litige en cours');
    expect(screen.getByRole('table', { name: 'Retention runs' })).toHaveTextContent('Nightly job');
  });

  it('runs a dry run on demand and tells what it found', async () => {
    const { requests } = theRetention();
    await renderRoute(<RetentionPage />, ROUTE);
    await userEvent.click(await screen.findByRole('button', { name: 'Run a dry run now' }));

    expect(await screen.findByText('In the report: 2 · due at the next nightly run: 1 · under a legal hold: 1.')).toBeInTheDocument();
    expect(requests.filter(is('POST', `${BASE}/runs`))).toHaveLength(1);
  });

  it('places a legal hold with its reason', async () => {
    const { requests } = theRetention();
    await renderRoute(<RetentionPage />, ROUTE);

    await userEvent.click(await screen.findByRole('button', { name: 'Place a legal hold on the file of Marie Dubois' }));
    const dialog = await screen.findByRole('dialog', { name: 'Legal hold' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place the hold' }));
    expect(await within(dialog).findByText('State a reason of at least 3 characters.')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason for the hold/ }), 'Recours');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place the hold' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter(is('POST', `${BASE}/holds`)).map((r) => r.body)).toEqual([
      { caseFileId: DUE_FILE, reason: 'Recours' },
    ]);
  }, 15_000);

  it('releases a legal hold after confirmation', async () => {
    const { requests } = theRetention();
    await renderRoute(<RetentionPage />, ROUTE);

    await userEvent.click(await screen.findByRole('button', { name: 'Release the legal hold on the file of Jan Peeters' }));
    const confirm = await screen.findByRole('dialog', { name: 'Release the legal hold' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(requests.filter(is('DELETE', `${BASE}/holds/${HELD_FILE}`))).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('is the data protection officer’s only', async () => {
    const { requests } = theRetention();
    await renderRoute(<RetentionPage />, { ...ROUTE, roles: ['service-manager'] });
    expect(screen.queryByRole('button', { name: 'Run a dry run now' })).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
