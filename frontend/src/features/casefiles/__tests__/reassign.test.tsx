import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { ManagerAlertsHomeWidget } from '../components/ManagerAlerts';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, entry, FILE_ID, isEntriesRead, isFileRead, OTHER_WORKER_ID } from './fixtures';

const NORA = { id: '00000000-0000-4000-8000-000000000109', displayName: 'Nora Haddad' };
const staff = json({
  items: [
    { id: FAKE_USER_ID, username: 'sw-binhome', displayName: 'Amélie Dubois', roles: ['social-worker'], active: true, signedInAt: '2026-11-01T09:00:00Z' },
    { ...NORA, username: 'sw3-binhome', roles: ['social-worker'], active: true },
  ],
  page: { page: 0, size: 100, totalItems: 2, totalPages: 1 },
});

describe('giving a file to another worker', () => {
  it('lets the service manager choose a social worker and sends the file’s version', async () => {
    const { requests } = stubFetch((r: RecordedRequest) => {
      if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
      if (isEntriesRead(r)) return entriesPage([]);
      if (r.url.pathname === '/api/v1/staff') return staff;
      if (r.method === 'PUT' && r.url.pathname === `/api/v1/case-files/${FILE_ID}/referent`) {
        return json(caseFile({ referent: NORA, version: 4 }), 200, { ETag: '"4"' });
      }
      return undefined;
    });
    await renderRoute(<CaseFilePage />, { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['service-manager'] });

    await userEvent.click(await screen.findByRole('button', { name: 'Give to another worker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Give the file to another social worker' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Give the file' }));
    expect(await within(dialog).findByText('Required field.')).toBeInTheDocument();
    const select = within(dialog).getByRole('combobox', { name: 'Social worker' });
    // The current referent is not offered; a colleague who never signed in is.
    expect(within(select).queryByRole('option', { name: 'Amélie Dubois' })).not.toBeInTheDocument();
    await userEvent.selectOptions(select, NORA.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Give the file' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({ referentId: NORA.id });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  }, 30_000);

  it('is not offered to a social worker', async () => {
    stubFetch((r) => {
      if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
      if (isEntriesRead(r)) return entriesPage([entry()]);
      return undefined;
    });
    await renderRoute(<CaseFilePage />, { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['social-worker'] });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Give to another worker' })).not.toBeInTheDocument();
  });

  it('reads a reassignment in the timeline as the manager’s decision, not as a move', async () => {
    stubFetch((r) => {
      if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
      if (isEntriesRead(r)) {
        return entriesPage([
          entry({
            kind: 'handover',
            summary: '',
            note: undefined,
            participants: undefined,
            handover: { from: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' }, to: NORA, reason: 'reassigned' },
          }),
        ]);
      }
      return undefined;
    });
    await renderRoute(<CaseFilePage />, { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['social-worker'] });
    expect(await screen.findByTestId('entry-note')).toHaveTextContent('gave the file to another social worker');
  });
});

describe('the manager’s alerts widget', () => {
  it('lists the files waiting for a referent with a link to each', async () => {
    stubFetch((r) =>
      r.url.pathname === '/api/v1/caseload-alerts'
        ? json({
            items: [
              {
                kind: 'site-without-referent',
                caseFileId: FILE_ID,
                householdId: '30000000-0000-4000-8000-000000000c01',
                householdName: 'Marie Van den Bussche',
                referent: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
                siteId: '10000000-0000-4000-8000-000000000a09',
                siteName: 'Merlo',
                since: '2026-11-20T10:00:00Z',
              },
            ],
          })
        : undefined,
    );
    await renderRoute(<ManagerAlertsHomeWidget />, { path: '/', url: '/', roles: ['service-manager'] });
    const link = await screen.findByRole('link', { name: 'Marie Van den Bussche' });
    expect(link).toHaveAttribute('href', `/case-files/${FILE_ID}`);
    expect(link.parentElement).toHaveTextContent('moved to Merlo on');
    expect(link.parentElement).toHaveTextContent('still followed by Amélie Dubois');
  });

  it('shows nothing to a social worker', async () => {
    const { requests } = stubFetch();
    await renderRoute(<ManagerAlertsHomeWidget />, { path: '/', url: '/', roles: ['social-worker'] });
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
