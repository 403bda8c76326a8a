import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { householdFieldOf } from '../api/households';
import { HouseholdEditPage } from '../routes/HouseholdFormPages';

const ID = '30000000-0000-4000-8000-000000000c01';
const MARIE = '60000000-0000-4000-8000-000000000001';
const TOM = '60000000-0000-4000-8000-000000000002';

const HOUSEHOLD = {
  id: ID,
  name: 'Marie Van den Bussche',
  externalRef: 'LOC-C01',
  members: [
    { id: MARIE, firstName: 'Marie', lastName: 'Van den Bussche', role: 'reference-tenant', preferredLanguage: 'nl', phone: '+32 2 555 01 01' },
    { id: TOM, firstName: 'Tom', lastName: 'Van den Bussche', role: 'partner', preferredLanguage: 'nl' },
  ],
  leases: [],
  socialFollowUp: { active: false },
  version: 7,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const isPut = (r: RecordedRequest) => r.method === 'PUT' && r.url.pathname === `/api/v1/households/${ID}`;

function stub(put: (r: RecordedRequest) => Response = (r) => json({ ...HOUSEHOLD, ...(r.body as object), version: 8 })) {
  return stubFetch((r) => {
    if (r.method === 'GET' && r.url.pathname === `/api/v1/households/${ID}`) return json(HOUSEHOLD, 200, { ETag: '"7"' });
    if (isPut(r)) return put(r);
    return undefined;
  });
}

const ROUTE = { path: '/households/:householdId/edit', url: `/households/${ID}/edit`, roles: ['social-worker' as const] };
const member = (name: string) => screen.getByRole('group', { name });

describe('the members editor', () => {
  it('refuses two reference tenants, or none, before calling the server', async () => {
    const { requests } = stub();
    await renderRoute(<HouseholdEditPage />, ROUTE);
    await screen.findByRole('group', { name: 'Tom Van den Bussche' });

    await userEvent.selectOptions(within(member('Tom Van den Bussche')).getByRole('combobox', { name: /Role/ }), 'reference-tenant');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('members-error')).toHaveTextContent('Only one member may be the reference tenant.');

    await userEvent.selectOptions(within(member('Tom Van den Bussche')).getByRole('combobox', { name: /Role/ }), 'child');
    await userEvent.selectOptions(within(member('Marie Van den Bussche')).getByRole('combobox', { name: /Role/ }), 'partner');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('members-error')).toHaveTextContent('Choose a reference tenant among the members.'),
    );
    expect(requests.filter(isPut)).toHaveLength(0);
  });

  it('keeps the ids of existing members, adds new ones without id, drops removed ones, with If-Match', async () => {
    const { requests } = stub();
    await renderRoute(<HouseholdEditPage />, ROUTE);
    await screen.findByRole('group', { name: 'Tom Van den Bussche' });

    await userEvent.click(screen.getByRole('button', { name: 'Remove Tom Van den Bussche from the household' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a member' }));
    const added = member('Member 2');
    await userEvent.type(within(added).getByRole('textbox', { name: /First name/ }), 'Lotte');
    await userEvent.type(within(added).getByRole('textbox', { name: /Last name/ }), 'Van den Bussche');
    await userEvent.selectOptions(within(member('Lotte Van den Bussche')).getByRole('combobox', { name: /Role/ }), 'child');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/households/${ID}`));
    const put = requests.find(isPut)!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.body).toEqual({
      externalRef: 'LOC-C01',
      members: [
        { id: MARIE, firstName: 'Marie', lastName: 'Van den Bussche', preferredLanguage: 'nl', phone: '+32 2 555 01 01', role: 'reference-tenant' },
        { firstName: 'Lotte', lastName: 'Van den Bussche', preferredLanguage: 'fr', role: 'child' },
      ],
    });
  });

  it('puts the server’s word on the member and field it names (the server stays the authority)', async () => {
    stub(() =>
      json(
        {
          type: 'about:blank',
          title: 'Invalid',
          status: 400,
          code: 'validation-failed',
          violations: [
            { field: 'members[1].firstName', message: 'Prénom refusé par le serveur.' },
            { field: 'members', message: 'exactly one member must be the reference tenant' },
          ],
        },
        400,
      ),
    );
    await renderRoute(<HouseholdEditPage />, ROUTE);
    await screen.findByRole('group', { name: 'Tom Van den Bussche' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const tom = member('Tom Van den Bussche');
    await waitFor(() =>
      expect(within(tom).getByRole('textbox', { name: /First name/ })).toHaveAccessibleDescription('Prénom refusé par le serveur.'),
    );
    expect(within(member('Marie Van den Bussche')).getByRole('textbox', { name: /First name/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('members-error')).toHaveTextContent('exactly one member must be the reference tenant');
  });

  it('maps the API’s member paths onto the form’s', () => {
    expect(householdFieldOf('members[2].phone')).toBe('members.2.phone');
    expect(householdFieldOf('body.members[0].birthDate')).toBe('members.0.birthDate');
    expect(householdFieldOf('members')).toBe('members');
    expect(householdFieldOf('members[0].unknown')).toBeUndefined();
    expect(householdFieldOf('externalRef')).toBeUndefined();
  });
});
