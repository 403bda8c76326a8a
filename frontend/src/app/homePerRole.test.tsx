import { configure, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import type { Role } from '@/lib/auth';
import { createI18n, type Language } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query/queryClient';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { fakeSession } from '@/test/render';
import { AppRoutes } from './AppRoutes';

// The machine runs many suites at once: give the screens time to answer.
configure({ asyncUtilTimeout: 10_000 });

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY - 60_000).toISOString();
const page = (items: unknown[], totalItems = items.length) => ({
  items,
  page: { page: 0, size: 5, totalItems, totalPages: 1 },
});
const file = (id: string, name: string, lastActivityAt: string) => ({
  id: `40000000-0000-4000-8000-00000000000${id}`,
  reference: `2026-004${id}`,
  householdId: `30000000-0000-4000-8000-00000000000${id}`,
  householdName: name,
  status: 'active',
  themes: ['rent-arrears'],
  restricted: false,
  openedAt: ago(90),
  lastActivityAt,
});

function api(request: RecordedRequest): Response | undefined {
  const { pathname, searchParams } = request.url;
  if (pathname === '/api/v1/case-files' && searchParams.get('quietDays')) {
    return json(page([file('2', 'Jean Peeters', ago(45)), file('3', 'Ana Lopes', ago(31))], 7));
  }
  if (pathname === '/api/v1/case-files') return json(page([file('1', 'Marie Van den Bussche', ago(0))]));
  if (pathname === '/api/v1/caseloads') {
    return json({
      today: '2026-11-20',
      quietDays: 30,
      items: [
        { referent: { id: '00000000-0000-4000-8000-000000000201', displayName: 'Amélie Dubois' }, open: 2, active: 5, quiet: 1, overdueTasks: 3 },
        { referent: { id: '00000000-0000-4000-8000-000000000202', displayName: 'Pieter Claes' }, open: 1, active: 1, quiet: 0, overdueTasks: 0 },
        { open: 1, active: 1, quiet: 2, overdueTasks: 0 },
      ],
    });
  }
  if (pathname === '/api/v1/data-to-complete') {
    return json({
      households: 40,
      householdsWithoutLease: 3,
      householdsWithoutContact: 0,
      householdsWithoutTenantNumber: 5,
      sitesWithoutReferent: 1,
      buildingsWithoutDwelling: 0,
    });
  }
  if (pathname === '/api/v1/data-protection/retention/report') {
    return json({
      settings: { closedFor: 'P5Y', notice: 'P30D', scheduled: true },
      items: [
        { caseFileId: '40000000-0000-4000-8000-000000000009', householdId: '30000000-0000-4000-8000-000000000009', householdName: 'Paul Janssens', status: 'closed', themes: [], anonymiseFrom: '2026-12-20T02:00:00Z' },
      ],
      page: { page: 0, size: 5, totalItems: 4, totalPages: 1 },
    });
  }
  return undefined;
}

async function home(roles: Role[], language: Language = 'en') {
  const me = (r: RecordedRequest) =>
    r.url.pathname === '/api/v1/me'
      ? json({ subject: 'a', username: 'u', displayName: 'Claire Lambert', organisation: { id: 'BINHOME', nameFr: 'BinHôme', nameNl: 'BinHôme' }, roles })
      : undefined;
  const stub = stubFetch(me, api);
  const i18n = await createI18n(language);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <AppProviders i18n={i18n} session={fakeSession(roles)} queryClient={queryClient}>
      <MemoryRouter initialEntries={['/']}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  await screen.findByRole('heading', { level: 1 });
  return stub;
}

const widgetIds = () =>
  [...document.querySelectorAll('[data-testid^="home-widget-"]')].map((e) => e.getAttribute('data-testid'));

describe('the home of each role (composed by the app)', { timeout: 30_000 }, () => {
  it('gives a social worker their recent files and the files gone quiet, and nothing of the other roles', async () => {
    const { requests } = await home(['social-worker']);
    const recent = await screen.findByRole('region', { name: 'Your recent files' });
    expect(await within(recent).findByRole('link', { name: 'Marie Van den Bussche' })).toHaveAttribute(
      'href',
      '/case-files/40000000-0000-4000-8000-000000000001',
    );
    const quiet = screen.getByRole('region', { name: 'Files gone quiet' });
    expect(await within(quiet).findByText('2026-0042 · no activity for 45 days')).toBeInTheDocument();
    expect(within(quiet).getByText('2026-0043 · no activity for 31 days')).toBeInTheDocument();
    expect(within(quiet).getByText('and 5 more files')).toBeInTheDocument();
    expect(widgetIds()).toEqual(['home-widget-agenda', 'home-widget-recent-case-files', 'home-widget-quiet-case-files']);
    const quietCall = requests.find((r) => r.url.searchParams.get('quietDays'));
    expect(quietCall?.url.searchParams.get('mine')).toBe('true');
    expect(quietCall?.url.searchParams.get('quietDays')).toBe('30');
    expect(requests.some((r) => r.url.pathname === '/api/v1/caseloads')).toBe(false);
  });

  it('says "al 45 dagen geen activiteit" in Dutch', async () => {
    await home(['social-worker'], 'nl');
    expect(await screen.findByText('2026-0042 · al 45 dagen geen activiteit')).toBeInTheDocument();
  });

  it('gives the service manager the service’s counts and who needs a look', async () => {
    await home(['service-manager']);
    const counts = await screen.findByTestId('service-counts');
    const value = (label: string) => within(counts).getByText(label).nextElementSibling?.textContent;
    expect(value('Files followed')).toBe('11');
    expect(value('No activity for 30 days')).toBe('3');
    expect(value('Tasks overdue')).toBe('3');
    expect(value('Files without a referent')).toBe('2');
    const section = screen.getByRole('region', { name: 'Your service today' });
    expect(within(section).getByRole('link', { name: 'Amélie Dubois' })).toHaveAttribute(
      'href',
      '/caseloads?referentId=00000000-0000-4000-8000-000000000201',
    );
    expect(within(section).getByText(/3 tasks overdue · 1 file gone quiet/)).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Pieter Claes' })).not.toBeInTheDocument();
    expect(widgetIds()).toEqual(['home-widget-agenda', 'home-widget-service-counts', 'home-widget-manager-alerts']);
  });

  it('gives the administrator the data to complete, each count leading to its list', async () => {
    await home(['admin']);
    const section = await screen.findByRole('region', { name: 'Data to complete' });
    expect(await within(section).findByText('40 active households. Still to complete:')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Households without a current lease: 3. Open the list' })).toHaveAttribute('href', '/households');
    expect(within(section).getByRole('link', { name: /Sites without a referent social worker: 1/ })).toHaveAttribute('href', '/sites');
    expect(within(screen.getByTestId('gap-householdsWithoutContact')).getByText('None')).toBeInTheDocument();
    expect(widgetIds()).toEqual(['home-widget-data-to-complete']);
  });

  it('gives the data protection officer the retention notices and where to answer a request', async () => {
    await home(['dpo']);
    const section = await screen.findByRole('region', { name: 'Retention notices' });
    expect(await within(section).findByText('4 closed files are in the retention report.')).toBeInTheDocument();
    expect(within(section).getByText('Paul Janssens')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Answer a subject-access request' })).toHaveAttribute('href', '/subject-access');
  });

  it('gives a role without a widget its profile and where to go', async () => {
    const { requests } = await home(['renovation-worker']);
    expect(screen.queryByTestId('home-widgets')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('home-shortcuts')).getByRole('link', { name: 'Households' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your profile' })).toBeInTheDocument();
    expect(requests.filter((r) => r.url.pathname !== '/api/v1/me')).toEqual([]);
  });
});
