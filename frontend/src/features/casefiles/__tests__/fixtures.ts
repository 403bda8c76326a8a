import { json, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID } from '@/test/render';

export const FILE_ID = '40000000-0000-4000-8000-000000000c01';
export const HOUSEHOLD_ID = '30000000-0000-4000-8000-000000000c01';
export const OTHER_WORKER_ID = '00000000-0000-4000-8000-000000000102';

export function problem(status: number, code: string, violations?: { field: string; message: string }[]) {
  return json({ type: 'about:blank', title: 'Problem', status, code, detail: 'server detail', violations }, status);
}

export function caseFile(overrides: Record<string, unknown> = {}) {
  return {
    id: FILE_ID,
    householdId: HOUSEHOLD_ID,
    householdName: 'Marie Van den Bussche',
    status: 'active',
    themes: ['rent-arrears', 'energy'],
    requestSource: 'colleague',
    requestDetail: 'Le service locatif signale trois mois d’arriérés.',
    referent: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
    openedAt: '2026-10-01T09:00:00+02:00',
    transitions: [
      { to: 'open', at: '2026-10-01T09:00:00+02:00', by: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' } },
      { from: 'open', to: 'active', at: '2026-10-03T09:00:00+02:00', by: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' } },
    ],
    version: 3,
    ...overrides,
  };
}

export function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: '50000000-0000-4000-8000-000000000001',
    caseFileId: FILE_ID,
    kind: 'home-visit',
    occurredAt: '2026-10-20T10:00:00+02:00',
    author: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' },
    participants: 'Mme Van den Bussche',
    summary: 'Visite à domicile',
    note: 'Plan d’apurement signé.',
    visibility: 'service',
    version: 0,
    createdAt: '2026-10-20T10:00:00+02:00',
    ...overrides,
  };
}

export function entriesPage(items: unknown[]) {
  return json({ items, page: { page: 0, size: 20, totalItems: items.length, totalPages: 1 } });
}

export const isFileRead = (r: RecordedRequest) => r.method === 'GET' && r.url.pathname === `/api/v1/case-files/${FILE_ID}`;
export const isEntriesRead = (r: RecordedRequest) =>
  r.method === 'GET' && r.url.pathname === `/api/v1/case-files/${FILE_ID}/entries`;
