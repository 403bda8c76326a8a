import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import type { AccessLogEntry } from '../api/accessLog';
import { AccessLogPage } from '../routes/AccessLogPage';

const CONTRACT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../openapi.yaml');

/** The values of one of the contract's enums, read from openapi.yaml itself. */
function contractEnum(name: string): string[] {
  const contract = readFileSync(CONTRACT, 'utf8');
  const values = new RegExp(`\\n {4}${name}:\\n(?: {6}.*\\n)*? {6}enum: \\[([^\\]]+)\\]`).exec(contract)?.[1] ?? '';
  return values.split(',').map((v) => v.trim()).filter(Boolean);
}

const HOUSEHOLD_ID = '30000000-0000-4000-8000-000000000a01';
const OTHER_HOUSEHOLD_ID = '30000000-0000-4000-8000-000000000a02';
const ACTOR_ID = '00000000-0000-4000-8000-000000000201';
const FILE_ID = '40000000-0000-4000-8000-000000000a01';
const ROUTE = { path: '/access-log', url: '/access-log', roles: ['dpo' as const] };

const PAGE_VIEW: AccessLogEntry = {
  id: 12,
  at: '2026-11-20T09:15:00Z',
  actor: { id: ACTOR_ID, displayName: 'Amélie Dubois' },
  action: 'read',
  recordType: 'case-file',
  recordId: FILE_ID,
  householdId: HOUSEHOLD_ID,
  household: { id: HOUSEHOLD_ID, name: 'Marie Dupont', anonymised: false },
  caseFile: { id: FILE_ID, reference: '2026-0042', openedOn: '2026-03-12', anonymised: false },
  accesses: [
    { action: 'read', recordType: 'case-file', count: 1 },
    { action: 'read', recordType: 'case-timeline', count: 2 },
    { action: 'read', recordType: 'attachment', count: 1 },
  ],
  reason: 'Permanence du mardi',
  clientAddress: '203.0.113.7',
};

const HANDOVER: AccessLogEntry = {
  id: 9,
  at: '2026-11-19T08:00:00Z',
  actor: { id: '00000000-0000-4000-8000-000000000202', displayName: 'Jan Peeters' },
  action: 'update',
  recordType: 'case-file',
  recordId: FILE_ID,
  householdId: OTHER_HOUSEHOLD_ID,
  household: { id: OTHER_HOUSEHOLD_ID, anonymised: true },
  caseFile: { id: FILE_ID, anonymised: true },
  accesses: [{ action: 'update', recordType: 'case-file', count: 1 }],
  reasonCode: 'handover-after-move',
};

const isLog = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === '/api/v1/access-log';
const isExport = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === '/api/v1/access-log/export';

function logHandler(r: RecordedRequest) {
  return isLog(r)
    ? json({ items: [PAGE_VIEW, HANDOVER], page: { page: 0, size: 50, totalItems: 120, totalPages: 3 } })
    : undefined;
}

function householdHandler(r: RecordedRequest) {
  if (r.method === 'GET' && r.url.pathname === `/api/v1/households/${HOUSEHOLD_ID}`) {
    return json({ id: HOUSEHOLD_ID, name: 'Marie Dupont', members: [], leases: [], socialFollowUp: { active: true },
      version: 0, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
  }
  if (r.method === 'GET' && r.url.pathname === '/api/v1/households') {
    return json({
      items: [{ id: HOUSEHOLD_ID, name: 'Marie Dupont', memberCount: 2, socialFollowUp: { active: true },
        dwelling: { id: 'd', unit: '2.03', address: 'Avenue du Homborch 12, 1180 Uccle', siteId: 's', siteName: 'Homborch' } }],
      page: { page: 0, size: 10, totalItems: 1, totalPages: 1 },
    });
  }
  return undefined;
}

describe('labels of the access log', () => {
  const groups = { AccessAction: 'actions', AccessRecordType: 'recordTypes', AccessReasonCode: 'reasonCodes' };

  it('reads every code from the contract', () => {
    expect(contractEnum('AccessAction')).toEqual(expect.arrayContaining(['read', 'delete', 'export', 'hold', 'release']));
    expect(contractEnum('AccessRecordType')).toEqual(
      expect.arrayContaining(['case-timeline', 'case-attachments', 'attachment', 'referral', 'task', 'access-log']),
    );
    expect(contractEnum('AccessReasonCode')).toContain('handover-after-move');
  });

  for (const language of SUPPORTED_LANGUAGES) {
    it(`has a label for every action, record type and reason code in ${language}`, async () => {
      const i18n = await createI18n(language);
      const missing = Object.entries(groups).flatMap(([schema, group]) =>
        contractEnum(schema).filter((code) => !i18n.exists(`accesslog:${group}.${code}`, { lng: language, fallbackLng: [] })),
      );
      expect(missing).toEqual([]);
    });
  }

  it('says "consultation" and "raadpleging" for a read', async () => {
    expect((await createI18n('fr')).t('accesslog:actions.read')).toBe('Consultation');
    expect((await createI18n('nl')).t('accesslog:actions.read')).toBe('Raadpleging');
  });
});

describe('the access log page', () => {
  const createObjectURL = vi.fn(() => 'blob:log');
  let click: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    click.mockRestore();
    createObjectURL.mockClear();
  });

  it('shows one row per user action with names and translated labels, never a raw code or an id', async () => {
    stubFetch(logHandler);
    await renderRoute(<AccessLogPage />, ROUTE);
    const table = await screen.findByRole('table', { name: 'Accesses to social case files' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Read: case file, case timeline (2), document')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Marie Dupont' })).toBeInTheDocument();
    expect(within(rows[1]!).getByText('2026-0042')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Change: case file')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Anonymised household')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Anonymised case file')).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Handed over to the new site's referent after the household moved")).toBeInTheDocument();
    const text = table.textContent ?? '';
    expect(text).not.toMatch(/case-timeline|handover-after-move|[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(text).not.toContain(HOUSEHOLD_ID.slice(0, 8));
  });

  it('speaks Dutch to a Dutch reader', async () => {
    stubFetch(logHandler);
    await renderRoute(<AccessLogPage />, { ...ROUTE, language: 'nl' });
    expect(await screen.findByText('Raadpleging: sociaal dossier, tijdlijn van het dossier (2), document')).toBeInTheDocument();
    expect(screen.getByText('Geanonimiseerd gezin')).toBeInTheDocument();
  });

  it('reads its filters and page from the URL and names the chosen household', async () => {
    const { requests } = stubFetch(logHandler, householdHandler);
    await renderRoute(<AccessLogPage />, {
      ...ROUTE,
      url: `/access-log?householdId=${HOUSEHOLD_ID}&actorId=${ACTOR_ID}&from=2026-11-01&page=2`,
    });
    await screen.findByRole('table');
    const sent = requests.filter(isLog).at(-1)!.url.searchParams;
    expect(sent.get('householdId')).toBe(HOUSEHOLD_ID);
    expect(sent.get('actorId')).toBe(ACTOR_ID);
    expect(sent.get('from')).toMatch(/^2026-11-01T00:00:00[+-]\d{2}:\d{2}$/);
    expect(sent.get('page')).toBe('1');
    await waitFor(() => expect(screen.getByLabelText('Household', { selector: 'input' })).toHaveValue('Marie Dupont'));
    expect(screen.getByText('Amélie Dubois', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /identifier/i })).not.toBeInTheDocument();
  });

  it('filters by a household found by its name and keeps it in the URL', async () => {
    const { requests } = stubFetch(logHandler, householdHandler);
    await renderRoute(<AccessLogPage />, { ...ROUTE, url: '/access-log?page=3' });
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Household', { selector: 'input' }), 'dupont');
    // jsdom does not lay out Mantine's dropdown (it counts as hidden): the keyboard picks the option.
    expect(
      await screen.findByRole('option', { name: /Marie Dupont — Avenue du Homborch 12/, hidden: true }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/access-log?householdId=${HOUSEHOLD_ID}`));
    expect(requests.find((r) => r.url.pathname === '/api/v1/households')?.url.searchParams.get('q')).toBe('dupont');
    await waitFor(() => expect(requests.filter(isLog).at(-1)!.url.searchParams.get('householdId')).toBe(HOUSEHOLD_ID));
  });

  it('filters on a person by a click on their name', async () => {
    stubFetch(logHandler);
    await renderRoute(<AccessLogPage />, ROUTE);
    await userEvent.click(await screen.findByRole('button', { name: 'Jan Peeters' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/access-log?actorId=00000000-0000-4000-8000-000000000202');
  });

  it('exports the filtered log as CSV, as an action of its own', async () => {
    const { requests } = stubFetch(logHandler, householdHandler, (r) =>
      isExport(r)
        ? new Response('\uFEFFDate and time,Person\r\n', {
            status: 200,
            headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="hestia-access-log-BINHOME-2026-11-20.csv"' },
          })
        : undefined,
    );
    await renderRoute(<AccessLogPage />, { ...ROUTE, url: `/access-log?householdId=${HOUSEHOLD_ID}&to=2026-11-20` });
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));

    expect(await screen.findByText(/hestia-access-log-BINHOME-2026-11-20.csv was downloaded/)).toBeInTheDocument();
    const sent = requests.filter(isExport);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url.searchParams.get('householdId')).toBe(HOUSEHOLD_ID);
    expect(sent[0]!.url.searchParams.get('to')).toMatch(/^2026-11-20T23:59:59/);
    expect(sent[0]!.url.searchParams.has('page')).toBe(false);
    expect(sent[0]!.headers.get('Accept-Language')).toBe('en');
    const action = sent[0]!.headers.get('Hestia-User-Action');
    expect(action).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requests.filter(isLog).at(-1)!.headers.get('Hestia-User-Action')).not.toBe(action);
    expect(click).toHaveBeenCalledTimes(1);
  });
});
