import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { HouseholdImportPage } from '../routes/HouseholdImportPage';

const ROUTE = { path: '/households/import', url: '/households/import', roles: ['admin' as const] };
const HEADER = 'household_ref;role;last_name;first_name;birth_date;language;phone;email;street;number;postcode;unit;lease_start';
const GOOD = `${HEADER}\nL-900;reference-tenant;Peeters;An;1980-02-03;nl;;;Rue X;1;1180;A1;2026-01-01\n`;
const BAD = `${GOOD}L-901;reference-tenant;Müller;Jan;1975-01-01;de;;;Rue X;1;1180;A2;2026-01-01\n`;

function report(overrides: Record<string, unknown> = {}) {
  return { dryRun: true, lines: 1, households: 1, created: 1, updated: 0, unchanged: 0, rejected: [], ...overrides };
}

const imports = (requests: RecordedRequest[], dryRun: string) =>
  requests.filter((r) => r.url.pathname === '/api/v1/household-imports' && r.url.searchParams.get('dryRun') === dryRun);

function stubImports(handler: (dryRun: boolean, contentType: string | null) => Response) {
  return stubFetch((r) => {
    if (r.method !== 'POST' || r.url.pathname !== '/api/v1/household-imports') return undefined;
    return handler(r.url.searchParams.get('dryRun') === 'true', r.headers.get('Content-Type'));
  });
}

async function choose(content: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await userEvent.upload(input, new File([content], 'export.csv', { type: 'text/csv' }));
}

describe('household import', () => {
  it('enables Import only after a dry run without rejected lines, and sends the file as text/csv', async () => {
    const { requests } = stubImports((dryRun, contentType) =>
      contentType?.startsWith('text/csv') ? json(report({ dryRun })) : json({ status: 415, code: 'x', title: 'x', type: 'about:blank' }, 415),
    );
    await renderRoute(<HouseholdImportPage />, ROUTE);
    const importButton = screen.getByRole('button', { name: 'Import' });
    const check = screen.getByRole('button', { name: 'Check (dry run)' });
    expect(check).toBeDisabled();
    expect(importButton).toBeDisabled();

    await choose(GOOD);
    await waitFor(() => expect(check).toBeEnabled());
    expect(importButton).toBeDisabled();
    await userEvent.click(check);

    const result = await screen.findByRole('region', { name: 'Dry run result (nothing saved)' });
    expect(within(result).getByText('No rejected lines: you may import the file.')).toBeInTheDocument();
    expect(importButton).toBeEnabled();
    expect(imports(requests, 'true').map((r) => r.body)).toEqual([GOOD]);
    expect(imports(requests, 'false')).toHaveLength(0);

    await userEvent.click(importButton);
    expect(await screen.findByRole('region', { name: 'Import done' })).toBeInTheDocument();
    expect(imports(requests, 'false').map((r) => r.body)).toEqual([GOOD]);
  });

  it('keeps Import disabled when the dry run rejects a line, and lists it', async () => {
    const { requests } = stubImports(() =>
      json(report({ lines: 2, rejected: [{ line: 3, reason: 'Langue inconnue : de (fr ou nl)' }] })),
    );
    await renderRoute(<HouseholdImportPage />, ROUTE);
    await choose(BAD);
    const check = screen.getByRole('button', { name: 'Check (dry run)' });
    await waitFor(() => expect(check).toBeEnabled());
    await userEvent.click(check);

    const table = await screen.findByRole('table', { name: 'Rejected lines' });
    const row = within(table).getByRole('row', { name: /Langue inconnue/ });
    expect(within(row).getByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(imports(requests, 'false')).toHaveLength(0);
  });

  it('shows the violations when the server refuses the import (422 import-rejected)', async () => {
    stubImports((dryRun) =>
      dryRun
        ? json(report())
        : json(
            {
              type: 'about:blank',
              title: 'Rejected',
              status: 422,
              code: 'import-rejected',
              violations: [{ field: 'line 2', message: 'Logement inconnu' }],
            },
            422,
          ),
    );
    await renderRoute(<HouseholdImportPage />, ROUTE);
    await choose(GOOD);
    const check = screen.getByRole('button', { name: 'Check (dry run)' });
    await waitFor(() => expect(check).toBeEnabled());
    await userEvent.click(check);
    const importButton = screen.getByRole('button', { name: 'Import' });
    await waitFor(() => expect(importButton).toBeEnabled());
    await userEvent.click(importButton);

    const refused = await screen.findByRole('region', { name: 'Import refused' });
    expect(within(refused).getByRole('alert')).toHaveTextContent('The file has rejected lines: nothing was imported.');
    const row = within(within(refused).getByRole('table', { name: 'Rejected lines' })).getByRole('row', { name: /Logement inconnu/ });
    expect(within(row).getByRole('cell', { name: 'line 2' })).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    stubImports(() => json(report()));
    await renderRoute(<HouseholdImportPage />, { ...ROUTE, roles: ['social-worker'] });
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
  });
});
