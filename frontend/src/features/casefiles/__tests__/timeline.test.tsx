import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, entry, FILE_ID, isEntriesRead, isFileRead, OTHER_WORKER_ID } from './fixtures';

const route = (search = '') => ({
  path: '/case-files/:caseFileId',
  url: `/case-files/${FILE_ID}${search}`,
  roles: ['social-worker' as const],
});

const KARIM = { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' };
const EDITED = entry({
  id: '50000000-0000-4000-8000-000000000003',
  summary: 'Plan d’apurement signé',
  version: 2,
  editedAt: '2026-10-21T09:00:00+02:00',
  editedBy: KARIM,
});
const VERSIONS_PATH = `/api/v1/case-files/${FILE_ID}/entries/${EDITED.id}/versions`;
const isVersionsRead = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === VERSIONS_PATH;

function timeline(items: unknown[] = [EDITED, entry()]) {
  return stubFetch((r) => {
    if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
    if (isEntriesRead(r)) return entriesPage(items);
    if (isVersionsRead(r)) {
      return json([
        {
          version: 1,
          kind: 'home-visit',
          occurredAt: '2026-10-20T10:00:00+02:00',
          summary: 'Plan d’apurement à signer',
          note: 'Première version de la note.',
          visibility: 'service',
          writtenBy: KARIM,
          writtenAt: '2026-10-20T18:00:00+02:00',
          replacedAt: '2026-10-21T09:00:00+02:00',
        },
      ]);
    }
    return undefined;
  });
}

const entryReads = (requests: RecordedRequest[]) => requests.filter(isEntriesRead);
const location = () => screen.getByTestId('location').textContent ?? '';

describe('the timeline', () => {
  it('titles an entry with its summary and shows its kind as a label, not twice', async () => {
    timeline();
    await renderRoute(<CaseFilePage />, route());
    const heading = await screen.findByRole('heading', { name: 'Plan d’apurement signé' });
    const card = heading.closest('li') as HTMLElement;
    expect(heading).not.toHaveTextContent('Home visit');
    expect(within(card).getByTestId('entry-kind')).toHaveTextContent('Home visit');
  });

  it('says when and by whom an entry was edited, and shows its earlier versions on demand', async () => {
    const { requests } = timeline();
    await renderRoute(<CaseFilePage />, route());
    const edited = (await screen.findByRole('heading', { name: 'Plan d’apurement signé' })).closest('li') as HTMLElement;
    expect(within(edited).getByTestId('entry-edited')).toHaveTextContent(/^Edited on .*2026.* by Karim El Amrani/);
    // Never edited: no trace, nothing to open.
    const original = screen.getByRole('heading', { name: 'Visite à domicile' }).closest('li') as HTMLElement;
    expect(within(original).queryByTestId('entry-edited')).not.toBeInTheDocument();
    expect(within(original).queryByRole('button', { name: /earlier versions/i })).not.toBeInTheDocument();
    // The history is read (and logged) only when asked for.
    expect(requests.some(isVersionsRead)).toBe(false);

    const show = within(edited).getByRole('button', { name: 'Show the earlier versions of “Plan d’apurement signé”' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    const versions = await within(edited).findByRole('list', { name: 'Earlier versions of “Plan d’apurement signé”' });
    expect(within(versions).getByText('Plan d’apurement à signer')).toBeInTheDocument();
    expect(within(versions).getByText('Première version de la note.')).toBeInTheDocument();
    expect(within(versions).getByText(/^Version of .*2026.*, by Karim El Amrani$/)).toBeInTheDocument();
    expect(requests.filter(isVersionsRead)).toHaveLength(1);

    await userEvent.click(within(edited).getByRole('button', { name: /Hide the earlier versions/ }));
    expect(within(edited).queryByRole('list', { name: /Earlier versions/ })).not.toBeInTheDocument();
  });

  it('reads its filters from the URL and sends them to the server', async () => {
    const { requests } = timeline([EDITED]);
    await renderRoute(
      <CaseFilePage />,
      route(`?kind=home-visit,phone-call&author=${OTHER_WORKER_ID}&from=2026-10-01&to=2026-10-31`),
    );
    await screen.findByRole('heading', { name: 'Plan d’apurement signé' });
    const query = entryReads(requests).at(-1)!.url.searchParams;
    expect(query.getAll('kind')).toEqual(['home-visit', 'phone-call']);
    expect(query.get('authorId')).toBe(OTHER_WORKER_ID);
    expect(query.get('from')).toBe('2026-10-01');
    expect(query.get('to')).toBe('2026-10-31');

    const filters = screen.getByRole('search', { name: 'Filter the timeline' });
    expect(within(filters).getByRole('checkbox', { name: 'Home visit' })).toBeChecked();
    expect(within(filters).getByRole('checkbox', { name: 'Phone call' })).toBeChecked();
    expect(within(filters).getByRole('checkbox', { name: 'Drop-in' })).not.toBeChecked();
    expect(within(filters).getByRole('combobox', { name: 'Written by' })).toHaveValue(OTHER_WORKER_ID);
    expect(within(filters).getByLabelText('From')).toHaveValue('2026-10-01');
    expect(within(filters).getByLabelText('To')).toHaveValue('2026-10-31');
  });

  it('keeps the filters chosen in the URL, combined, and clears them', async () => {
    const { requests } = timeline();
    await renderRoute(<CaseFilePage />, route());
    await screen.findByRole('heading', { name: 'Plan d’apurement signé' });
    expect(entryReads(requests).at(-1)!.url.searchParams.has('kind')).toBe(false);
    const filters = screen.getByRole('search', { name: 'Filter the timeline' });

    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Phone call' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Drop-in' }));
    await waitFor(() => expect(location()).toContain('kind=drop-in%2Cphone-call'));
    // The authors offered: the caller first, then those the timeline has shown.
    const author = within(filters).getByRole('combobox', { name: 'Written by' });
    expect(within(author).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Anyone',
      'Me (Claire Lambert)',
      'Karim El Amrani',
    ]);
    await userEvent.selectOptions(author, FAKE_USER_ID);
    await waitFor(() => expect(location()).toContain(`author=${FAKE_USER_ID}`));
    const query = entryReads(requests).at(-1)!.url.searchParams;
    expect(query.getAll('kind')).toEqual(['drop-in', 'phone-call']);
    expect(query.get('authorId')).toBe(FAKE_USER_ID);

    await userEvent.click(within(filters).getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(location()).toBe(`/case-files/${FILE_ID}`));
    await waitFor(() => expect(entryReads(requests).at(-1)!.url.searchParams.has('authorId')).toBe(false));
  });

  it('says when nothing matches, and does not ask for a period that ends before it starts', async () => {
    const { requests } = timeline([]);
    await renderRoute(<CaseFilePage />, route('?kind=letter-email'));
    expect(await screen.findByText('No contacts match these filters.')).toBeInTheDocument();

    const reads = entryReads(requests).length;
    const filters = screen.getByRole('search', { name: 'Filter the timeline' });
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2026-10-31' } });
    await waitFor(() => expect(location()).toContain('from=2026-10-31'));
    fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2026-10-01' } });
    await waitFor(() => expect(location()).toContain('to=2026-10-01'));
    expect(await within(filters).findByText('The end of the period comes before its start.')).toBeInTheDocument();
    expect(entryReads(requests).some((r) => r.url.searchParams.get('to') === '2026-10-01')).toBe(false);
    expect(entryReads(requests).length).toBeGreaterThanOrEqual(reads);
  });
});
