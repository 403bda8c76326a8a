import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toDateValue } from '@/lib/dates';
import { json, stubFetch, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, FILE_ID, isEntriesRead, isFileRead, OTHER_WORKER_ID, problem } from './fixtures';

const WORKER = { path: '/case-files/:caseFileId', url: `/case-files/${FILE_ID}`, roles: ['social-worker' as const] };
const MANAGER = { ...WORKER, roles: ['service-manager' as const] };
const REFERRALS = `/api/v1/case-files/${FILE_ID}/referrals`;
const TASKS = `/api/v1/case-files/${FILE_ID}/tasks`;
const isReferralPost = (r: RecordedRequest) => r.method === 'POST' && r.url.pathname === REFERRALS;
const isReferralsRead = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === REFERRALS;
const isTaskPost = (r: RecordedRequest) => r.method === 'POST' && r.url.pathname === TASKS;
const isStaffRead = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === '/api/v1/staff';

function referral(overrides: Record<string, unknown> = {}) {
  return {
    id: '60000000-0000-4000-8000-000000000001',
    caseFileId: FILE_ID,
    partnerKind: 'cpas',
    partnerName: 'CPAS d’Uccle',
    reason: 'Aide pour la facture d’énergie',
    consentRecordedAt: '2026-11-03T10:00:00+01:00',
    status: 'sent',
    referredBy: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
    createdAt: '2026-11-03T10:00:00+01:00',
    version: 2,
    ...overrides,
  };
}

function task(overrides: Record<string, unknown> = {}) {
  return {
    id: '70000000-0000-4000-8000-000000000001',
    caseFileId: FILE_ID,
    householdName: 'Marie Van den Bussche',
    title: 'Rappeler le CPAS',
    dueDate: '2020-01-06',
    assignee: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
    version: 1,
    ...overrides,
  };
}

function theFile({
  referrals = [] as unknown[],
  tasks = [] as unknown[],
  referralPosts = [] as ((r: RecordedRequest) => Response)[],
} = {}) {
  let posts = 0;
  return stubFetch((r) => {
    if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
    if (isEntriesRead(r)) return entriesPage([]);
    if (isReferralsRead(r)) return json(referrals);
    if (isReferralPost(r)) return referralPosts[posts++]?.(r) ?? json(referral({ ...(r.body as object) }), 201);
    if (r.method === 'PUT' && r.url.pathname.startsWith(`${REFERRALS}/`)) return json(referral({ ...(r.body as object), version: 3 }));
    if (r.method === 'GET' && r.url.pathname === TASKS) return json(tasks);
    if (isTaskPost(r)) return json(task({ ...(r.body as object) }), 201);
    if (r.method === 'PUT' && r.url.pathname.startsWith(`${TASKS}/`)) return json(task({ doneAt: '2026-11-23T10:00:00+01:00', version: 2 }));
    if (isStaffRead(r)) {
      return json({
        items: [{ id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' }],
        page: { page: 0, size: 100, totalItems: 1, totalPages: 1 },
      });
    }
    return undefined;
  });
}

describe('referrals', () => {
  it('refuses a referral without the household’s consent: the server’s word lands on the checkbox', async () => {
    const { requests } = theFile({
      referralPosts: [
        () => problem(400, 'consent-required', [{ field: 'consentGiven', message: 'Le ménage doit consentir.' }]),
      ],
    });
    await renderRoute(<CaseFilePage />, WORKER);
    await userEvent.click(await screen.findByRole('button', { name: 'Refer to a partner' }));

    const form = screen.getByRole('form', { name: 'Refer to a partner' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Kind of partner/ }), 'debt-mediation');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Partner/ }), 'Centre de médiation');
    await userEvent.type(within(form).getByRole('textbox', { name: /Reason for the referral/ }), 'Dettes');
    const consent = within(form).getByRole('checkbox', { name: /The household agrees/ });
    expect(consent).not.toBeChecked();
    await userEvent.click(within(form).getByRole('button', { name: 'Record the referral' }));

    await waitFor(() => expect(consent).toHaveAccessibleDescription(/Le ménage doit consentir\./));
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(requests.find(isReferralPost)?.body).toEqual({
      partnerKind: 'debt-mediation',
      partnerName: 'Centre de médiation',
      reason: 'Dettes',
      consentGiven: false,
    });
    expect(screen.getByRole('form', { name: 'Refer to a partner' })).toBeInTheDocument();

    // With consent, the referral is recorded, the form closes and the list is read again.
    const reads = requests.filter(isReferralsRead).length;
    await userEvent.click(consent);
    await userEvent.type(within(form).getByRole('textbox', { name: /How consent was given/ }), 'Accord oral');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the referral' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Refer to a partner' })).not.toBeInTheDocument());
    expect(requests.filter(isReferralPost).at(-1)?.body).toMatchObject({ consentGiven: true, consentNote: 'Accord oral' });
    await waitFor(() => expect(requests.filter(isReferralsRead).length).toBeGreaterThan(reads));
  });

  it('records the outcome of a referral with If-Match', async () => {
    const { requests } = theFile({ referrals: [referral()] });
    await renderRoute(<CaseFilePage />, WORKER);
    const card = (await screen.findByRole('heading', { name: /CPAS d’Uccle/ })).closest('li') as HTMLElement;
    expect(within(card).getByText('Sent')).toBeInTheDocument();
    expect(within(card).getByText(/Consent recorded on .* by Amélie Dubois/)).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Update the outcome of the referral to CPAS d’Uccle' }));
    const form = within(card).getByRole('form', { name: /Update the outcome/ });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Status/ }), 'accepted');
    await userEvent.type(within(form).getByRole('textbox', { name: /Outcome/ }), 'Rendez-vous le 30/11');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the outcome' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url.pathname).toBe(`${REFERRALS}/60000000-0000-4000-8000-000000000001`);
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.body).toEqual({ status: 'accepted', outcome: 'Rendez-vous le 30/11' });
  });
});

describe('follow-up tasks', () => {
  it('highlights an overdue task and marks it done with If-Match', async () => {
    const { requests } = theFile({ tasks: [task(), task({ id: '70000000-0000-4000-8000-000000000002', title: 'Visite', dueDate: '2999-01-01' })] });
    await renderRoute(<CaseFilePage />, WORKER);
    const list = await screen.findByRole('list', { name: 'Follow-up tasks' });
    const overdue = within(list).getByRole('checkbox', { name: 'Rappeler le CPAS' }).closest('li') as HTMLElement;
    expect(within(overdue).getByText('Overdue')).toBeInTheDocument();
    const later = within(list).getByRole('checkbox', { name: 'Visite' }).closest('li') as HTMLElement;
    expect(within(later).queryByText('Overdue')).not.toBeInTheDocument();

    await userEvent.click(within(overdue).getByRole('checkbox', { name: 'Rappeler le CPAS' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url.pathname).toBe(`${TASKS}/70000000-0000-4000-8000-000000000001`);
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(put.body).toEqual({ title: 'Rappeler le CPAS', dueDate: '2020-01-06', assigneeId: FAKE_USER_ID, done: true });
  });

  it('lets a social worker add a task for themselves, without reading the staff list', async () => {
    const { requests } = theFile();
    await renderRoute(<CaseFilePage />, WORKER);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a task' }));
    const form = screen.getByRole('form', { name: 'Add a task' });
    expect(within(form).queryByRole('combobox', { name: /Assigned to/ })).not.toBeInTheDocument();
    expect((within(form).getByLabelText(/Due date/) as HTMLInputElement).value).toBe(toDateValue());
    await userEvent.type(within(form).getByRole('textbox', { name: /^Task/ }), 'Appeler Sibelga');
    await userEvent.click(within(form).getByRole('button', { name: 'Add the task' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a task' })).not.toBeInTheDocument());
    expect(requests.find(isTaskPost)?.body).toEqual({ title: 'Appeler Sibelga', dueDate: toDateValue(), done: false });
    expect(requests.some(isStaffRead)).toBe(false);
  });

  it('lets a manager assign a task to a social worker', async () => {
    const { requests } = theFile();
    await renderRoute(<CaseFilePage />, MANAGER);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a task' }));
    const form = screen.getByRole('form', { name: 'Add a task' });
    const assignee = within(form).getByRole('combobox', { name: /Assigned to/ });
    await within(assignee).findByRole('option', { name: 'Karim El Amrani' });
    await userEvent.selectOptions(assignee, OTHER_WORKER_ID);
    await userEvent.type(within(form).getByRole('textbox', { name: /^Task/ }), 'Visite à domicile');
    await userEvent.click(within(form).getByRole('button', { name: 'Add the task' }));
    await waitFor(() => expect(requests.some(isTaskPost)).toBe(true));
    expect(requests.find(isTaskPost)?.body).toMatchObject({ title: 'Visite à domicile', assigneeId: OTHER_WORKER_ID });
    expect(requests.find(isStaffRead)?.url.searchParams.get('role')).toBe('social-worker');
  });
});
