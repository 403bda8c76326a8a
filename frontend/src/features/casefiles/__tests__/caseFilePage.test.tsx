import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import type { Role } from '@/lib/auth';
import { HouseholdCaseFilesSection } from '../routes/HouseholdCaseFilesSection';
import { CaseFilePage } from '../routes/CaseFilePage';
import { OpenCaseFilePage } from '../routes/OpenCaseFilePage';
import {
  caseFile,
  entriesPage,
  FILE_ID,
  HOUSEHOLD_ID,
  isEntriesRead,
  isFileRead,
  OTHER_WORKER_ID,
  problem,
} from './fixtures';

const ROUTE = { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}` };
const OPEN_FILE_ID = '40000000-0000-4000-8000-000000000c09';
const KARIM = { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' };

function serveFile(file: Record<string, unknown>) {
  return stubFetch((r) => {
    if (isFileRead(r)) return json(file, 200, { ETag: '"3"' });
    if (isEntriesRead(r)) return entriesPage([]);
    return undefined;
  });
}

async function renderPage(file: Record<string, unknown>, roles: Role[] = ['social-worker']) {
  const stub = serveFile(file);
  const rendered = await renderRoute(<CaseFilePage />, { ...ROUTE, roles });
  await screen.findByRole('heading', { level: 1, name: 'Case file — Marie Van den Bussche' });
  return { ...stub, ...rendered };
}

describe('the case-file page', () => {
  it('shows the household on top: address, dwelling, phone, members and language, with the file’s reference', async () => {
    await renderPage(caseFile());

    expect(screen.getByTestId('case-reference')).toHaveTextContent('File 2026-0042');
    const household = screen.getByRole('region', { name: 'Household — Marie Van den Bussche' });
    expect(within(household).getByText('Rue du Homborch 12, 1180 Uccle')).toBeInTheDocument();
    expect(within(household).getByText('Dwelling 0.01 — Homborch')).toBeInTheDocument();
    expect(within(household).getByRole('link', { name: '+32 2 555 01 01' })).toHaveAttribute('href', 'tel:+3225550101');
    expect(within(household).getByText('Tom Van den Bussche (partner)')).toBeInTheDocument();
    expect(within(household).getByText('Lotte Van den Bussche (child)')).toBeInTheDocument();
    expect(within(household).getByText('Dutch')).toBeInTheDocument();
    expect(within(household).getByText('LOC-C01')).toBeInTheDocument();
    // On top: before the request and the timeline.
    const request = screen.getByRole('region', { name: 'Request' });
    expect(household.compareDocumentPosition(request) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('makes "Add an entry" the main action, which opens the entry form', async () => {
    await renderPage(caseFile());
    const add = screen.getByRole('button', { name: 'Add an entry' });
    // The main action is the one filled button; the lifecycle buttons are outlined.
    expect(add).toHaveAttribute('data-variant', 'filled');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveAttribute('data-variant', 'outline');
    expect(screen.queryByRole('form', { name: 'Add an entry' })).not.toBeInTheDocument();
    await userEvent.click(add);
    const form = await screen.findByRole('form', { name: 'Add an entry' });
    await waitFor(() => expect(form).toContainElement(document.activeElement as HTMLElement));
  });

  it('offers closing to the file’s referent and to the service manager, not to a colleague', async () => {
    const mine = await renderPage(caseFile());
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    mine.unmount();

    const colleagues = caseFile({ referent: KARIM, outsideCaseload: true, accessReason: 'Urgent situation' });
    const other = await renderPage(colleagues);
    expect(screen.getByRole('button', { name: 'Add an entry' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    other.unmount();

    await renderPage({ ...colleagues, outsideCaseload: false, accessReason: undefined }, ['service-manager']);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('offers reopening a closed file to its referent only, not to a colleague', async () => {
    const closed = { status: 'closed', closingReason: 'Demande traitée' };
    const mine = await renderPage(caseFile(closed));
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an entry' })).not.toBeInTheDocument();
    mine.unmount();

    await renderPage(caseFile({ ...closed, referent: KARIM, outsideCaseload: true }));
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });

  it('keeps a banner with the reason given while the file outside the caseload is open', async () => {
    await renderPage(caseFile({ referent: KARIM, outsideCaseload: true, accessReason: 'Urgent situation - voisin inquiet' }));
    const banner = screen.getByRole('note');
    expect(banner).toHaveTextContent('Outside your caseload');
    expect(banner).toHaveTextContent('You are reading this file for the reason you gave: “Urgent situation - voisin inquiet”.');
    // Not an alert that comes and goes: still there after adding an entry form and closing it.
    await userEvent.click(screen.getByRole('button', { name: 'Add an entry' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('note')).toBeInTheDocument();
  });

  it('shows no banner in one’s own caseload', async () => {
    await renderPage(caseFile());
    expect(screen.queryByTestId('outside-caseload-banner')).not.toBeInTheDocument();
  });
});

describe('the access-reason dialog', () => {
  function outsideCaseload() {
    let reason: string | null = null;
    return stubFetch((r) => {
      if (isFileRead(r)) {
        reason = r.headers.get('Hestia-Access-Reason') ?? reason;
        if (!reason) return problem(403, 'access-reason-required');
        return json(caseFile({ referent: KARIM, outsideCaseload: true, accessReason: reason }), 200, { ETag: '"3"' });
      }
      if (isEntriesRead(r)) return entriesPage([]);
      return undefined;
    });
  }

  it('offers the usual reasons and sends the chosen one with its details; the banner then says it', async () => {
    const { requests } = outsideCaseload();
    await renderRoute(<CaseFilePage />, { ...ROUTE, roles: ['social-worker'] });
    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' });
    expect(within(dialog).getAllByRole('radio')).toHaveLength(5);
    for (const label of [
      'Covering for an absent colleague',
      'Urgent situation',
      'Request from the household',
      'Supervision with the head of service',
      'Other reason',
    ]) {
      expect(within(dialog).getByRole('radio', { name: label })).toBeInTheDocument();
    }

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Covering for an absent colleague' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Details/ }), 'Amélie en congé');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the file' }));

    await screen.findByRole('heading', { level: 1, name: 'Case file — Marie Van den Bussche' });
    const sent = requests.filter(isFileRead).map((r: RecordedRequest) => r.headers.get('Hestia-Access-Reason'));
    expect(sent).toEqual([null, 'Covering for an absent colleague - Amélie en congé']);
    expect(screen.getByRole('note')).toHaveTextContent('“Covering for an absent colleague - Amélie en congé”');
  });

  it('sends a chosen reason alone, and "other" as its details alone', async () => {
    const { requests } = outsideCaseload();
    await renderRoute(<CaseFilePage />, { ...ROUTE, roles: ['social-worker'] });
    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Request from the household' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    await screen.findByRole('heading', { level: 1, name: 'Case file — Marie Van den Bussche' });
    expect(requests.filter(isFileRead).at(-1)?.headers.get('Hestia-Access-Reason')).toBe('Request from the household');
  });
});

describe('opening a file for a household that has one open', () => {
  const OPEN_ROUTE = { path: '/case-files/new', url: `/case-files/new?householdId=${HOUSEHOLD_ID}`, roles: ['social-worker' as Role] };
  const isHousehold = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === `/api/v1/households/${HOUSEHOLD_ID}`;
  const isList = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === '/api/v1/case-files';
  const list = (items: unknown[]) => json({ items, page: { page: 0, size: 100, totalItems: items.length, totalPages: 1 } });
  const summary = (overrides: Record<string, unknown>) => ({
    id: OPEN_FILE_ID,
    reference: '2026-0041',
    householdId: HOUSEHOLD_ID,
    householdName: 'Marie Van den Bussche',
    status: 'active',
    restricted: true,
    openedAt: '2026-10-01T09:00:00+02:00',
    ...overrides,
  });

  it('says so before the form, with a link to the open file', async () => {
    const { requests } = stubFetch(
      (r) => (isHousehold(r) ? json({ name: 'Marie Van den Bussche' }) : undefined),
      (r) => (isList(r) ? list([summary({ id: FILE_ID, reference: '2025-0007', status: 'closed' }), summary({})]) : undefined),
    );
    await renderRoute(<OpenCaseFilePage />, OPEN_ROUTE);
    const alert = await screen.findByTestId('already-open');
    expect(alert).toHaveTextContent('This household already has an open case file');
    expect(within(alert).getByRole('link', { name: 'Go to file 2026-0041' })).toHaveAttribute('href', `/case-files/${OPEN_FILE_ID}`);
    expect(screen.queryByRole('button', { name: 'Open the file' })).not.toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows the server’s refusal (a file opened meanwhile) with a link to the file it names', async () => {
    stubFetch(
      (r) => (isHousehold(r) ? json({ name: 'Marie Van den Bussche' }) : undefined),
      (r) => (isList(r) ? list([summary({ id: FILE_ID, reference: '2025-0007', status: 'closed' })]) : undefined),
      (r) =>
        r.method === 'POST' && r.url.pathname === '/api/v1/case-files'
          ? json(
              {
                type: 'urn:hestia:problem:case-file-already-open',
                title: 'A case file is already open',
                status: 409,
                code: 'case-file-already-open',
                detail: 'server detail',
                openCaseFile: { id: OPEN_FILE_ID, reference: '2026-0043' },
              },
              409,
            )
          : undefined,
    );
    await renderRoute(<OpenCaseFilePage />, OPEN_ROUTE);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Energy' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    const alert = await screen.findByTestId('already-open');
    expect(within(alert).getByRole('link', { name: 'Go to file 2026-0043' })).toHaveAttribute('href', `/case-files/${OPEN_FILE_ID}`);
  });
});

describe('case-file lists', () => {
  it('tell two files of the same household apart by their reference', async () => {
    stubFetch((r) =>
      r.url.pathname === '/api/v1/case-files'
        ? json({
            items: [
              { ...caseFile(), restricted: false },
              { ...caseFile({ id: OPEN_FILE_ID, reference: '2025-0007', status: 'closed' }), restricted: false },
            ],
            page: { page: 0, size: 100, totalItems: 2, totalPages: 1 },
          })
        : undefined,
    );
    await renderRoute(<HouseholdCaseFilesSection household={{ id: HOUSEHOLD_ID, name: 'Marie' }} />, {
      path: '/households/:id',
      url: `/households/${HOUSEHOLD_ID}`,
      roles: ['social-worker'],
    });
    expect(await screen.findByRole('link', { name: 'File 2026-0042' })).toHaveAttribute('href', `/case-files/${FILE_ID}`);
    expect(screen.getByRole('link', { name: 'File 2025-0007' })).toHaveAttribute('href', `/case-files/${OPEN_FILE_ID}`);
  });
});
