import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toDateValue } from '@/lib/dates';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { groupAgenda } from '../agendaGroups';
import type { Agenda } from '../api/types';
import { AgendaHomeWidget } from '../components/AgendaHomeWidget';
import { AgendaPage } from '../routes/AgendaPage';

const ME = { id: FAKE_USER_ID, displayName: 'Amélie Dubois' };
const TODAY = toDateValue();
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return toDateValue(d);
};
/** A local time on a day, as the API sends it (ISO with the local offset). */
const at = (offset: number, hour: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};

const task = (n: number, title: string, dueDate: string, version = 0) => ({
  id: `70000000-0000-4000-8000-00000000000${n}`,
  caseFileId: `40000000-0000-4000-8000-00000000000${n}`,
  householdName: 'Marie Van den Bussche',
  title,
  dueDate,
  assignee: ME,
  version,
});
const appointment = (n: number, subject: string, startsAt: string, endsAt: string) => ({
  id: `80000000-0000-4000-8000-00000000000${n}`,
  caseFileId: `40000000-0000-4000-8000-00000000000${n}`,
  householdName: 'Famille Janssens',
  kind: 'home-visit' as const,
  startsAt,
  endsAt,
  subject,
  place: 'Au domicile',
  status: 'planned' as const,
  workers: [ME],
  version: 0,
});

function agenda(): Agenda {
  return {
    today: TODAY,
    overdue: [task(1, 'Relancer le CPAS', day(-3))],
    dueToday: [task(2, 'Courrier Sibelga', TODAY)],
    thisWeek: [task(3, 'Appeler la locataire', day(2))],
    later: [task(4, 'Bilan du plan d’apurement', day(40))],
    appointments: [
      appointment(5, 'Visite oubliée', at(-2, 10), at(-2, 11)),
      appointment(6, 'Visite à domicile', at(0, 9), at(0, 10)),
      appointment(7, 'Entretien au bureau', at(20, 14), at(20, 15)),
    ],
  };
}

describe('the agenda of everything ahead', () => {
  it('groups tasks and appointments by day: overdue, today, this week, later', () => {
    const groups = groupAgenda(agenda());
    const titles = (rows: ReturnType<typeof groupAgenda>['later']) =>
      rows.map((r) => (r.kind === 'task' ? r.task.title : r.appointment.subject));
    expect(titles(groups.overdue)).toEqual(['Relancer le CPAS', 'Visite oubliée']);
    expect(groups.overdue.find((r) => r.kind === 'appointment')).toMatchObject({ past: true });
    // Today's appointment (by time) before today's task.
    expect(titles(groups.dueToday)).toEqual(['Visite à domicile', 'Courrier Sibelga']);
    expect(titles(groups.thisWeek)).toEqual(['Appeler la locataire']);
    expect(titles(groups.later)).toEqual(['Entretien au bureau', 'Bilan du plan d’apurement']);
  });

  it('shows the groups with links to the files, and ticks a task done with If-Match', { timeout: 20000 }, async () => {
    let done = false;
    const { requests } = stubFetch(
      (r) => {
        if (r.url.pathname !== '/api/v1/agenda') return undefined;
        const body = agenda();
        if (done) body.later = [];
        return json(body);
      },
      (r) => {
        if (r.method !== 'PUT' || !r.url.pathname.endsWith('/tasks/70000000-0000-4000-8000-000000000004')) return undefined;
        done = true;
        return json({ ...task(4, 'Bilan du plan d’apurement', day(40), 1), doneAt: new Date().toISOString() }, 200, { ETag: '"1"' });
      },
      (r) => (r.url.pathname === '/api/v1/me/calendar-feed' ? json({ path: '/api/v1/calendar-feeds/abc.ics', createdAt: '2026-12-01T10:00:00Z' }) : undefined),
    );
    await renderRoute(<AgendaPage />, { path: '/agenda', url: '/agenda', roles: ['social-worker'] });

    const later = await screen.findByRole('region', { name: 'Later (2)' }, { timeout: 5000 });
    expect(within(later).getByRole('link', { name: 'Bilan du plan d’apurement' })).toHaveAttribute(
      'href',
      '/case-files/40000000-0000-4000-8000-000000000004',
    );
    expect(within(later).getByRole('link', { name: 'Entretien au bureau' })).toBeInTheDocument();
    const overdue = screen.getByRole('region', { name: 'Overdue (2)' });
    expect(within(overdue).getByText(/Past: mark it done or cancelled/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Today (2)' })).toBeInTheDocument();

    fireEvent.click(within(later).getByRole('checkbox', { name: 'Mark as done: Bilan du plan d’apurement' }));
    await screen.findByText('Task “Bilan du plan d’apurement” done.', {}, { timeout: 5000 });
    const put = requests.find((r: RecordedRequest) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(put?.body).toEqual({ title: 'Bilan du plan d’apurement', dueDate: day(40), assigneeId: FAKE_USER_ID, done: true });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Later (1)' })).toBeInTheDocument(), { timeout: 5000 });

    // The calendar feed's address, on this origin, in the reader's language.
    expect(screen.getByRole('textbox', { name: 'Address of your agenda' })).toHaveValue(
      `${window.location.origin}/api/v1/calendar-feeds/abc.ics?lang=en`,
    );
  });

  it('the home widget shows overdue tasks and today, linking to the whole agenda', async () => {
    stubFetch((r) => (r.url.pathname === '/api/v1/agenda' ? json(agenda()) : undefined));
    await renderRoute(<AgendaHomeWidget />, { path: '/', url: '/', roles: ['social-worker'] });
    const widget = await screen.findByRole('region', { name: 'My day' }, { timeout: 5000 });
    await within(widget).findByRole('link', { name: 'Relancer le CPAS' }, { timeout: 5000 });
    expect(within(widget).getByRole('link', { name: 'Visite à domicile' })).toBeInTheDocument();
    expect(within(widget).getByRole('link', { name: 'Courrier Sibelga' })).toBeInTheDocument();
    expect(within(widget).queryByRole('link', { name: 'Bilan du plan d’apurement' })).not.toBeInTheDocument();
    expect(within(widget).queryByRole('link', { name: 'Visite oubliée' })).not.toBeInTheDocument();
    expect(within(widget).getByRole('link', { name: 'See the whole agenda' })).toHaveAttribute('href', '/agenda');
  });

  it('asks the access reason when the ticked task is on a colleague’s file, then sends it with the tick', { timeout: 20000 }, async () => {
    const { requests } = stubFetch(
      (r) => (r.url.pathname === '/api/v1/agenda' ? json(agenda()) : undefined),
      (r) => {
        if (r.method !== 'PUT') return undefined;
        if (!r.headers.get('Hestia-Access-Reason')) {
          return json({ type: 'about:blank', title: 'Reason', status: 403, code: 'access-reason-required' }, 403);
        }
        return json({ ...task(3, 'Appeler la locataire', day(2), 1), doneAt: new Date().toISOString() }, 200, { ETag: '"1"' });
      },
      (r) => (r.url.pathname === '/api/v1/me/calendar-feed' ? json({ path: '/api/v1/calendar-feeds/abc.ics', createdAt: '2026-12-01T10:00:00Z' }) : undefined),
    );
    await renderRoute(<AgendaPage />, { path: '/agenda', url: '/agenda', roles: ['social-worker'] });
    const week = await screen.findByRole('region', { name: 'This week (1)' }, { timeout: 5000 });
    fireEvent.click(within(week).getByRole('checkbox', { name: 'Mark as done: Appeler la locataire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' }, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Other reason' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Details/ }), 'Remplacement');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the file' }));
    await screen.findByText('Task “Appeler la locataire” done.', {}, { timeout: 5000 });
    const puts = requests.filter((r: RecordedRequest) => r.method === 'PUT');
    expect(puts.map((r) => r.headers.get('Hestia-Access-Reason'))).toEqual([null, 'Remplacement']);
  });
});
