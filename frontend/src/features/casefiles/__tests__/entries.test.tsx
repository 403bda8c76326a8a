import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, entry, FILE_ID, isEntriesRead, isFileRead, problem } from './fixtures';

const ROUTE = { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['social-worker' as const] };
const isEntryPost = (r: RecordedRequest) => r.method === 'POST' && r.url.pathname === `/api/v1/case-files/${FILE_ID}/entries`;

const MY_PRIVATE = entry({
  id: '50000000-0000-4000-8000-000000000002',
  author: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
  kind: 'phone-call',
  summary: 'Appel de suivi',
  note: 'Confidences sur la santé de M.',
  visibility: 'private',
  version: 4,
});

function myFile(postAnswers: ((r: RecordedRequest) => Response)[] = []) {
  let posts = 0;
  return stubFetch((r) => {
    if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
    if (isEntriesRead(r)) return entriesPage([MY_PRIVATE, entry()]);
    if (isEntryPost(r)) return postAnswers[posts++]?.(r) ?? json(entry({ ...(r.body as object) }), 201);
    if (r.method === 'PUT' && r.url.pathname.includes('/entries/')) return json({ ...MY_PRIVATE, ...(r.body as object), version: 5 });
    return undefined;
  });
}

describe('case file entries', () => {
  it('sends the chosen visibility and puts the server’s violations on their fields', async () => {
    const { requests } = myFile([
      () =>
        problem(400, 'validation-failed', [
          { field: 'summary', message: 'Le résumé est trop vague.' },
          { field: 'body.participants', message: 'Trop de participants.' },
        ]),
    ]);
    await renderRoute(<CaseFilePage />, ROUTE);
    await userEvent.click(await screen.findByRole('button', { name: 'Add an entry' }));

    const form = screen.getByRole('form', { name: 'Add an entry' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Kind of contact/ }), 'home-visit');
    // The handover is Hestia's, never the worker's.
    expect(within(form).queryByRole('option', { name: 'File handover' })).not.toBeInTheDocument();
    expect((within(form).getByLabelText(/Date and time/) as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await userEvent.type(within(form).getByRole('textbox', { name: /Participants/ }), 'Mme Van den Bussche');
    await userEvent.type(within(form).getByRole('textbox', { name: /Summary/ }), 'Visite');
    await userEvent.type(within(form).getByRole('textbox', { name: /Note/ }), 'Inquiète pour son fils.');
    await userEvent.click(within(form).getByRole('radio', { name: /Private note/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the file' }));

    const summary = within(form).getByRole('textbox', { name: /Summary/ });
    await waitFor(() => expect(summary).toHaveAccessibleDescription(/Le résumé est trop vague\./));
    expect(within(form).getByRole('textbox', { name: /Participants/ })).toHaveAccessibleDescription(/Trop de participants\./);
    expect(summary).toHaveFocus();

    const post = requests.find(isEntryPost);
    expect(post?.body).toEqual({
      kind: 'home-visit',
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/),
      participants: 'Mme Van den Bussche',
      summary: 'Visite',
      note: 'Inquiète pour son fils.',
      visibility: 'private',
    });

    // Corrected and sent again, the form closes and the timeline is read again.
    await userEvent.type(summary, ' à domicile');
    const entryReads = requests.filter(isEntriesRead).length;
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the file' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add an entry' })).not.toBeInTheDocument());
    expect(requests.filter(isEntryPost).at(-1)?.body).toMatchObject({ summary: 'Visite à domicile', visibility: 'private' });
    await waitFor(() => expect(requests.filter(isEntriesRead).length).toBeGreaterThan(entryReads));
  });

  it('marks the author’s private entries and lets only the author edit, including the visibility', async () => {
    const { requests } = myFile();
    await renderRoute(<CaseFilePage />, ROUTE);

    const mine = (await screen.findByRole('heading', { name: /Appel de suivi/ })).closest('li')!;
    expect(within(mine as HTMLElement).getByText('Private note — only you')).toBeInTheDocument();
    const theirs = screen.getByRole('heading', { name: /Visite à domicile/ }).closest('li')!;
    expect(within(theirs as HTMLElement).queryByText('Private note — only you')).not.toBeInTheDocument();
    expect(within(theirs as HTMLElement).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();

    await userEvent.click(within(mine as HTMLElement).getByRole('button', { name: 'Edit the entry “Appel de suivi”' }));
    const form = screen.getByRole('form', { name: 'Edit the entry' });
    expect(within(form).getByRole('radio', { name: /Private note/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('radio', { name: /Social service/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url.pathname).toBe(`/api/v1/case-files/${FILE_ID}/entries/${MY_PRIVATE.id}`);
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(put.body).toMatchObject({ kind: 'phone-call', summary: 'Appel de suivi', visibility: 'service' });
  });
});
