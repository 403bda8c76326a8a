import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { formatSize } from '../api/attachments';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, entry, FILE_ID, isEntriesRead, isFileRead, OTHER_WORKER_ID, problem } from './fixtures';

const WORKER = { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['social-worker' as const] };
const ATTACHMENTS = `/api/v1/case-files/${FILE_ID}/attachments`;
const ENTRY_ID = '50000000-0000-4000-8000-000000000001';
const isUpload = (r: RecordedRequest) => r.method === 'POST' && r.url.pathname === ATTACHMENTS;
const isList = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === ATTACHMENTS;

function attachment(overrides: Record<string, unknown> = {}) {
  return {
    id: '80000000-0000-4000-8000-000000000001',
    caseFileId: FILE_ID,
    fileName: 'Décision CPAS.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 843_000,
    sha256: 'a'.repeat(64),
    uploadedBy: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
    uploadedAt: '2026-11-20T10:00:00+01:00',
    version: 0,
    ...overrides,
  };
}

function theFile({ attachments = [] as unknown[], upload = (r: RecordedRequest) => json(attachment({ fileName: r.url.searchParams.get('fileName') }), 201) } = {}) {
  return stubFetch((r) => {
    if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
    if (isEntriesRead(r)) return entriesPage([entry({ id: ENTRY_ID })]);
    if (isList(r)) return json(attachments);
    if (isUpload(r)) return upload(r);
    if (r.method === 'DELETE' && r.url.pathname.startsWith(`${ATTACHMENTS}/`)) return new Response(null, { status: 204 });
    if (r.method === 'GET' && r.url.pathname.endsWith('/content')) {
      return new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
    }
    if (r.method === 'GET') return json([]);
    return undefined;
  });
}

function fileInput(form: HTMLElement): HTMLInputElement {
  return form.querySelector('input[type="file"]') as HTMLInputElement;
}

afterEach(() => vi.unstubAllGlobals());

describe('attachments', () => {
  it('lists the file’s documents, shows an entry’s own in its entry, and downloads one under its name', async () => {
    const createObjectURL = vi.fn(() => 'blob:doc');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { requests } = theFile({
      attachments: [
        attachment(),
        attachment({ id: '80000000-0000-4000-8000-000000000002', fileName: 'photo-humidité.jpg', mediaType: 'image/jpeg', entryId: ENTRY_ID, uploadedBy: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' } }),
      ],
    });
    await renderRoute(<CaseFilePage />, WORKER);

    const section = within(await screen.findByRole('list', { name: 'Documents' }));
    expect(section.getAllByTestId('attachment')).toHaveLength(2);
    expect(section.getByText(/823\sKB — attached by Amélie Dubois/)).toBeInTheDocument();
    const entryDocs = within(await screen.findByRole('list', { name: 'Documents of the entry “Visite à domicile”' }));
    expect(entryDocs.getByRole('button', { name: 'Download photo-humidité.jpg' })).toBeInTheDocument();
    // Only the uploader may remove: mine has the button, Karim's has not.
    expect(section.getByRole('button', { name: 'Remove the document Décision CPAS.pdf' })).toBeInTheDocument();
    expect(section.queryByRole('button', { name: 'Remove the document photo-humidité.jpg' })).not.toBeInTheDocument();

    await userEvent.click(section.getByRole('button', { name: 'Download Décision CPAS.pdf' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(requests.some((r) => r.url.pathname === `${ATTACHMENTS}/80000000-0000-4000-8000-000000000001/content`)).toBe(true);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('Décision CPAS.pdf');
    click.mockRestore();
  });

  it('sends the chosen document as bytes with its name, to the entry it is attached to', async () => {
    const { requests } = theFile();
    await renderRoute(<CaseFilePage />, WORKER);
    await userEvent.click(await screen.findByRole('button', { name: 'Attach a document to the entry “Visite à domicile”' }));
    const form = screen.getByRole('form', { name: 'Attach a document' });
    await userEvent.upload(fileInput(form), new File(['%PDF-1.4 lettre'], 'Lettre Sibelga.pdf', { type: 'application/pdf' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Attach' }));

    await waitFor(() => expect(requests.some(isUpload)).toBe(true));
    const upload = requests.find(isUpload)!;
    expect(upload.url.searchParams.get('fileName')).toBe('Lettre Sibelga.pdf');
    expect(upload.url.searchParams.get('entryId')).toBe(ENTRY_ID);
    expect(upload.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(upload.body).toBe('%PDF-1.4 lettre');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Attach a document' })).not.toBeInTheDocument());
    expect(requests.filter(isList).length).toBeGreaterThan(1);
  });

  it('refuses a file past 10 MB before sending it, and says why the server refused a type', async () => {
    const { requests } = theFile({ upload: () => problem(415, 'attachment-type-not-allowed') });
    await renderRoute(<CaseFilePage />, WORKER);
    const section = (await screen.findByRole('heading', { name: 'Documents' })).closest('section') as HTMLElement;
    await userEvent.click(within(section).getByRole('button', { name: 'Attach a document' }));
    const form = within(section).getByRole('form', { name: 'Attach a document' });

    const big = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    await userEvent.upload(fileInput(form), big);
    await userEvent.click(within(form).getByRole('button', { name: 'Attach' }));
    expect(await within(form).findByText(/larger than 10 MB/)).toBeInTheDocument();
    expect(requests.some(isUpload)).toBe(false);

    await userEvent.upload(fileInput(form), new File(['MZ'], 'facture.pdf', { type: 'application/pdf' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Attach' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Hestia does not accept this kind of file');
  });

  it('removes one’s own document with its version', async () => {
    const { requests } = theFile({ attachments: [attachment({ version: 4 })] });
    await renderRoute(<CaseFilePage />, WORKER);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove the document Décision CPAS.pdf' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(requests.find((r) => r.method === 'DELETE')?.headers.get('If-Match')).toBe('"4"');
  });

  it('writes sizes for people, in Ko/Mo in French and KB/MB otherwise, never in bare bytes', () => {
    expect(formatSize(512, 'en')).toBe('0.5\u00a0KB');
    expect(formatSize(20, 'nl')).toBe('0,1\u00a0KB');
    expect(formatSize(823 * 1024, 'nl')).toBe('823\u00a0KB');
    expect(formatSize(2.5 * 1024 * 1024, 'fr')).toBe('2,5\u00a0Mo');
    expect(formatSize(300 * 1024, 'fr')).toBe('300\u00a0Ko');
  });
});
