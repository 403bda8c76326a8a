import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { toAccessReasonHeader } from '../api/accessReason';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, entry, FILE_ID, isEntriesRead, isFileRead, OTHER_WORKER_ID, problem } from './fixtures';

const ROUTE = { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['social-worker' as const] };

/** A file outside the caller's caseload: readable once a reason came with a request. */
function outsideCaseload() {
  let reasonGiven = false;
  return stubFetch((r) => {
    if (isFileRead(r)) {
      if (r.headers.get('Hestia-Access-Reason')) reasonGiven = true;
      if (!reasonGiven) return problem(403, 'access-reason-required');
      return json(
        caseFile({
          referent: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' },
          outsideCaseload: true,
          accessReason: 'Other reason given earlier',
        }),
        200,
        { ETag: '"3"' },
      );
    }
    if (isEntriesRead(r)) return reasonGiven ? entriesPage([entry()]) : problem(403, 'access-reason-required');
    return undefined;
  });
}

describe('the access reason for a file outside one’s caseload', () => {
  it('asks for a reason on 403 access-reason-required, then retries with the Hestia-Access-Reason header', async () => {
    const { requests } = outsideCaseload();
    await renderRoute(<CaseFilePage />, ROUTE);

    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' });
    expect(screen.queryByText('Plan d’apurement signé.')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Other reason' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Details/ }), 'Remplacement de l’AS référente');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the file' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case file — Marie Van den Bussche' })).toBeInTheDocument();
    expect(await screen.findByText('Plan d’apurement signé.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const fileReads = requests.filter(isFileRead);
    expect(fileReads.map((r) => r.headers.get('Hestia-Access-Reason'))).toEqual([null, "Remplacement de l'AS référente"]);
    // The timeline waits for the file: never asked before the reason, never with the header (the server remembers).
    const entryReads = requests.filter(isEntriesRead);
    expect(entryReads).toHaveLength(1);
    expect(entryReads[0]?.headers.get('Hestia-Access-Reason')).toBeNull();
    expect(requests.indexOf(entryReads[0]!)).toBeGreaterThan(requests.indexOf(fileReads[1]!));
  });

  it('sends nothing without a reason, and lets the user cancel and come back to it', async () => {
    const { requests } = outsideCaseload();
    await renderRoute(<CaseFilePage />, ROUTE);

    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    expect(await within(dialog).findByText('Required field.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Other reason' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    expect(await within(dialog).findByText('State a reason of at least 3 characters.')).toBeInTheDocument();
    expect(requests.filter(isFileRead)).toHaveLength(1);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1, name: 'Case file' })).toBeInTheDocument();
    expect(screen.getByText('This file is not in your caseload')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'State a reason' }));
    expect(await screen.findByRole('dialog', { name: 'Reason for access' })).toBeInTheDocument();
  });

  it('shows the forbidden state, without a reason dialog, to a role outside the social service', async () => {
    const { requests } = stubFetch((r) => (isFileRead(r) ? problem(403, 'forbidden') : undefined));
    await renderRoute(<CaseFilePage />, { ...ROUTE, roles: ['field-agent'] });
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.filter(isFileRead)).toHaveLength(0);
  });
});

describe('the access reason as a header value', () => {
  it('keeps Latin-1 letters, flattens typography and line breaks, and never exceeds 500 characters', () => {
    expect(toAccessReasonHeader('  Remplacement de l’AS\n« référente » – congé  ')).toBe("Remplacement de l'AS « référente » - congé");
    expect(toAccessReasonHeader('Sœur… 5 €')).toBe('Soeur... 5 EUR');
    expect(toAccessReasonHeader('住所 ok')).toBe('?? ok');
    expect(toAccessReasonHeader('x'.repeat(600))).toHaveLength(500);
  });
});
