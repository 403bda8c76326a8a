import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { SubjectAccessPage } from '../routes/SubjectAccessPage';

const HOUSEHOLD_ID = '30000000-0000-4000-8000-000000000d01';
const ROUTE = { path: '/subject-access', url: '/subject-access', roles: ['dpo' as const] };
const EXPORT = `/api/v1/data-protection/households/${HOUSEHOLD_ID}/export`;
const isExport = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname.startsWith(EXPORT);

function download(body: string, contentType: string, fileName: string) {
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"` },
  });
}

describe('the subject-access export', () => {
  const createObjectURL = vi.fn(() => 'blob:export');
  const revokeObjectURL = vi.fn();
  let click: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    click.mockRestore();
    createObjectURL.mockClear();
  });

  it('downloads the readable document with the reason, which goes to the access log', async () => {
    const { requests } = stubFetch((r) =>
      isExport(r) ? download('<!DOCTYPE html><html></html>', 'text/html', 'hestia-export-BINHOME-30000000-2026-11-23.html') : undefined,
    );
    await renderRoute(<SubjectAccessPage />, { ...ROUTE, url: `/subject-access?householdId=${HOUSEHOLD_ID}` });

    expect(screen.getByRole('textbox', { name: /Household's identifier/ })).toHaveValue(HOUSEHOLD_ID);
    await userEvent.type(screen.getByRole('textbox', { name: /Reason for the export/ }), 'Demande du 20/11 – réf. 17');
    await userEvent.click(screen.getByRole('button', { name: 'Download the document (HTML)' }));

    expect(await screen.findByText('hestia-export-BINHOME-30000000-2026-11-23.html')).toBeInTheDocument();
    const sent = requests.filter(isExport);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url.pathname).toBe(`${EXPORT}/document`);
    expect(sent[0]?.headers.get('Hestia-Access-Reason')).toBe('Demande du 20/11 - réf. 17');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('downloads the JSON data on the other button', async () => {
    const { requests } = stubFetch((r) =>
      isExport(r) ? download('{"formatVersion":"1"}', 'application/json', 'hestia-export-BINHOME-30000000-2026-11-23.json') : undefined,
    );
    await renderRoute(<SubjectAccessPage />, ROUTE);
    await userEvent.type(screen.getByRole('textbox', { name: /Household's identifier/ }), HOUSEHOLD_ID);
    await userEvent.type(screen.getByRole('textbox', { name: /Reason for the export/ }), 'Demande écrite');
    await userEvent.click(screen.getByRole('button', { name: 'Download the data (JSON)' }));

    expect(await screen.findByText('hestia-export-BINHOME-30000000-2026-11-23.json')).toBeInTheDocument();
    expect(requests.filter(isExport).map((r) => r.url.pathname)).toEqual([EXPORT]);
  });

  it('asks for a full identifier and a reason before sending anything', async () => {
    const { requests } = stubFetch();
    await renderRoute(<SubjectAccessPage />, ROUTE);
    await userEvent.type(screen.getByRole('textbox', { name: /Household's identifier/ }), '30000000');
    await userEvent.click(screen.getByRole('button', { name: 'Download the document (HTML)' }));

    expect(await screen.findByText('Enter a full identifier of 36 characters.')).toBeInTheDocument();
    expect(screen.getByText('State a reason of at least 3 characters.')).toBeInTheDocument();
    expect(requests.filter(isExport)).toHaveLength(0);
  });

  it('says so when the organisation has no such household', async () => {
    stubFetch((r) =>
      isExport(r)
        ? json({ type: 'about:blank', title: 'Not found', status: 404, code: 'not-found', detail: 'No such household.' }, 404)
        : undefined,
    );
    await renderRoute(<SubjectAccessPage />, ROUTE);
    await userEvent.type(screen.getByRole('textbox', { name: /Household's identifier/ }), HOUSEHOLD_ID);
    await userEvent.type(screen.getByRole('textbox', { name: /Reason for the export/ }), 'Demande écrite');
    await userEvent.click(screen.getByRole('button', { name: 'Download the data (JSON)' }));

    expect(await screen.findByText('This record does not exist, or it belongs to another organisation.')).toBeInTheDocument();
    expect(screen.queryByText('Export downloaded')).not.toBeInTheDocument();
    expect(click).not.toHaveBeenCalled();
  });

  it('is the data protection officer’s only', async () => {
    stubFetch();
    await renderRoute(<SubjectAccessPage />, { ...ROUTE, roles: ['service-manager'] });
    expect(screen.queryByRole('button', { name: 'Download the data (JSON)' })).not.toBeInTheDocument();
  });
  it('finds the household by a name the requester gave and fills in its identifier', async () => {
    const { requests } = stubFetch((r) =>
      r.method === 'GET' && r.url.pathname === '/api/v1/households'
        ? json({
            items: [
              {
                id: HOUSEHOLD_ID,
                name: 'Ana Pereira',
                memberCount: 2,
                dwelling: { id: 'd', unit: '2.03', address: 'Avenue du Homborch 12, 1180 Uccle', siteId: 's', siteName: 'Homborch' },
                socialFollowUp: { active: false },
              },
            ],
            page: { page: 0, size: 10, totalItems: 1, totalPages: 1 },
          })
        : undefined,
    );
    await renderRoute(<SubjectAccessPage />, ROUTE);
    await userEvent.type(screen.getByRole('searchbox', { name: /Find the household/ }), 'pereira');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Choose Ana Pereira' }));

    expect(requests.find((r) => r.url.pathname === '/api/v1/households')?.url.searchParams.get('q')).toBe('pereira');
    expect(screen.getByText('Avenue du Homborch 12, 1180 Uccle — 2.03')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Household's identifier/ })).toHaveValue(HOUSEHOLD_ID);
    expect(screen.getByText('Chosen: Ana Pereira')).toBeInTheDocument();
  });
});
