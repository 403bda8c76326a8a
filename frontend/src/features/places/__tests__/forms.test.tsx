import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { communesHandler, json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { BuildingCreatePage } from '../routes/BuildingFormPages';
import { SiteCreatePage, SiteEditPage } from '../routes/SiteFormPages';

const SITE_ID = '11111111-1111-4111-8111-111111111111';

function problem(status: number, code: string, violations?: { field: string; message: string }[]) {
  return json({ type: 'about:blank', title: 'Problem', status, code, detail: 'server detail', violations }, status);
}

function site(version: number, name = 'Homborch') {
  return {
    id: SITE_ID,
    organisationId: 'BINHOME',
    name,
    description: 'Cité-jardin',
    buildingCount: 2,
    dwellingCount: 120,
    communes: ['UCCLE'],
    version,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const sitesList = (request: RecordedRequest) =>
  request.method === 'GET' && request.url.pathname === '/api/v1/sites'
    ? json({ items: [{ ...site(1), referentSocialWorker: undefined }], page: { page: 0, size: 100, totalItems: 1, totalPages: 1 } })
    : undefined;

describe('forms and server errors', () => {
  it('shows a required name before calling the server', async () => {
    const { requests } = stubFetch();
    await renderRoute(<SiteCreatePage />, { path: '/sites/new', url: '/sites/new' });

    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    const name = screen.getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription('Required field.'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('puts each server violation on the field it names', async () => {
    const { requests } = stubFetch(communesHandler, sitesList, (request) =>
      request.method === 'POST' && request.url.pathname === '/api/v1/buildings'
        ? problem(400, 'validation-failed', [
            { field: 'postcode', message: 'Le code postal 1180 ne correspond pas à Ixelles.' },
            { field: 'body.street', message: 'Rue inconnue.' },
          ])
        : undefined,
    );
    await renderRoute(<BuildingCreatePage />, { path: '/buildings/new', url: `/buildings/new?siteId=${SITE_ID}` });

    await waitFor(() => expect(screen.getByRole('combobox', { name: /Site/ })).toHaveValue(SITE_ID));
    await waitFor(() => expect(screen.getByRole('option', { name: 'Ixelles' })).toBeInTheDocument());
    await userEvent.type(screen.getByRole('textbox', { name: /Street/ }), 'Rue Imaginaire');
    await userEvent.type(screen.getByRole('textbox', { name: /Number/ }), '3');
    await userEvent.type(screen.getByRole('textbox', { name: /Postcode/ }), '1180');
    // The postcode chose Uccle; pick another commune on purpose.
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Commune/ })).toHaveValue('UCCLE'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Commune/ }), 'IXELLES');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    const postcode = screen.getByRole('textbox', { name: /Postcode/ });
    await waitFor(() =>
      expect(postcode).toHaveAccessibleDescription('Le code postal 1180 ne correspond pas à Ixelles.'),
    );
    expect(screen.getByRole('textbox', { name: /Street/ })).toHaveAccessibleDescription('Rue inconnue.');
    expect(screen.getByRole('textbox', { name: /Number/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(postcode).toHaveFocus();

    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      siteId: SITE_ID,
      street: 'Rue Imaginaire',
      number: '3',
      postcode: '1180',
      commune: 'IXELLES',
    });
  });

  it('translates a field-specific conflict code onto its field', async () => {
    stubFetch((request) =>
      request.method === 'POST' && request.url.pathname === '/api/v1/sites' ? problem(409, 'site-name-taken') : undefined,
    );
    await renderRoute(<SiteCreatePage />, { path: '/sites/new', url: '/sites/new', language: 'fr' });

    await userEvent.type(screen.getByRole('textbox', { name: /Nom/ }), 'Merlo');
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Nom/ })).toHaveAccessibleDescription(
        'Un autre site de votre SISP porte déjà ce nom.',
      ),
    );
  });

  it('after a 412 keeps what the user typed, loads the fresh version and saves with its ETag', async () => {
    let version = 3;
    const { requests } = stubFetch((request) => {
      if (request.url.pathname !== `/api/v1/sites/${SITE_ID}`) return undefined;
      if (request.method === 'GET') return json(site(version, version > 3 ? 'Homborch (renamed)' : 'Homborch'), 200, { ETag: `"${version}"` });
      if (request.method === 'PUT') {
        if (request.headers.get('If-Match') !== `"${version}"`) return problem(412, 'precondition-failed');
        return json(site(version + 1, (request.body as { name: string }).name), 200, { ETag: `"${version + 1}"` });
      }
      return undefined;
    });
    await renderRoute(<SiteEditPage />, { path: '/sites/:siteId/edit', url: `/sites/${SITE_ID}/edit` });
    const name = await screen.findByRole('textbox', { name: /Name/ });
    expect(name).toHaveValue('Homborch');

    version = 4; // someone else saves meanwhile
    await userEvent.clear(name);
    await userEvent.type(name, 'Homborch-Jardin');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Homborch-Jardin');
    const siteReads = () => requests.filter((r) => r.method === 'GET' && r.url.pathname.startsWith('/api/v1/sites/'));
    await waitFor(() => expect(siteReads()).toHaveLength(2));

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/sites/${SITE_ID}`));
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(puts[1]?.body).toEqual({ name: 'Homborch-Jardin', description: 'Cité-jardin' });
  });
});
