import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toDateValue } from '@/lib/dates';
import { json, stubFetch } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { AgendaPage } from '../routes/AgendaPage';

const ME = { id: FAKE_USER_ID, displayName: 'Amélie Dubois' };
const task = (id: string, title: string, dueDate: string, householdName = 'Marie Van den Bussche') => ({
  id: `70000000-0000-4000-8000-00000000000${id}`,
  caseFileId: `40000000-0000-4000-8000-00000000000${id}`,
  householdName,
  title,
  dueDate,
  assignee: ME,
  version: 0,
});

describe('my agenda', () => {
  it('asks for the user’s day and shows overdue, today and this week, each task linking to its file', async () => {
    const { requests } = stubFetch((r) =>
      r.url.pathname === '/api/v1/agenda'
        ? json({
            today: '2026-11-23',
            overdue: [task('1', 'Rappeler le CPAS', '2026-11-20')],
            dueToday: [task('2', 'Visite à domicile', '2026-11-23', 'Famille Janssens'), task('3', 'Courrier Sibelga', '2026-11-23')],
            thisWeek: [],
          })
        : undefined,
    );
    await renderRoute(<AgendaPage />, { path: '/agenda', url: '/agenda', roles: ['social-worker'] });

    const overdue = await screen.findByRole('region', { name: 'Overdue (1)' });
    const link = within(overdue).getByRole('link', { name: 'Rappeler le CPAS' });
    expect(link).toHaveAttribute('href', '/case-files/40000000-0000-4000-8000-000000000001');
    expect(within(overdue).getAllByText('Overdue').length).toBeGreaterThan(0);

    const today = screen.getByRole('region', { name: 'Today (2)' });
    expect(within(today).getAllByRole('link').map((a) => a.textContent)).toEqual(['Visite à domicile', 'Courrier Sibelga']);
    expect(within(today).getByText(/Case file of Famille Janssens/)).toBeInTheDocument();
    expect(within(today).queryByText('Overdue')).not.toBeInTheDocument();

    const week = screen.getByRole('region', { name: 'This week (0)' });
    expect(within(week).getByText('No tasks.')).toBeInTheDocument();
    const read = requests.find((r) => r.url.pathname === '/api/v1/agenda');
    expect(read?.url.searchParams.get('today')).toBe(toDateValue());
  });

  it('is not offered to roles outside the social service', async () => {
    const { requests } = stubFetch(() => undefined);
    await renderRoute(<AgendaPage />, { path: '/agenda', url: '/agenda', roles: ['field-agent'] });
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(requests.filter((r) => r.url.pathname === '/api/v1/agenda')).toHaveLength(0);
  });
});
