import { json, type RecordedRequest } from '@/test/fetchStub';
import { FAKE_USER_ID } from '@/test/render';

export const FILE_ID = '40000000-0000-4000-8000-000000000c01';
export const HOUSEHOLD_ID = '30000000-0000-4000-8000-000000000c01';
export const OTHER_WORKER_ID = '00000000-0000-4000-8000-000000000102';

export function problem(status: number, code: string, violations?: { field: string; message: string }[]) {
  return json({ type: 'about:blank', title: 'Problem', status, code, detail: 'server detail', violations }, status);
}

/** The household on top of its file's page (`CaseFile.household`). */
export function household(overrides: Record<string, unknown> = {}) {
  return {
    id: HOUSEHOLD_ID,
    name: 'Marie Van den Bussche',
    externalRef: 'LOC-C01',
    dwelling: {
      id: '20000000-0000-4000-8000-000000000d01',
      unit: '0.01',
      address: 'Rue du Homborch 12, 1180 Uccle',
      siteId: '10000000-0000-4000-8000-000000000a01',
      siteName: 'Homborch',
    },
    members: [
      { id: '31000000-0000-4000-8000-000000000001', firstName: 'Marie', lastName: 'Van den Bussche', role: 'reference-tenant', preferredLanguage: 'nl', phone: '+32 2 555 01 01' },
      { id: '31000000-0000-4000-8000-000000000002', firstName: 'Tom', lastName: 'Van den Bussche', role: 'partner', preferredLanguage: 'nl' },
      { id: '31000000-0000-4000-8000-000000000003', firstName: 'Lotte', lastName: 'Van den Bussche', role: 'child', preferredLanguage: 'nl' },
    ],
    ...overrides,
  };
}

export function caseFile(overrides: Record<string, unknown> = {}) {
  return {
    id: FILE_ID,
    reference: '2026-0042',
    householdId: HOUSEHOLD_ID,
    householdName: 'Marie Van den Bussche',
    household: household(),
    outsideCaseload: false,
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
