import type { components } from '@/lib/api';

type Schemas = components['schemas'];
export type CaseFile = Schemas['CaseFile'];
export type CaseFileSummary = Schemas['CaseFileSummary'];
export type CaseFileHousehold = Schemas['CaseFileHousehold'];
export type CaseFileRef = Schemas['CaseFileRef'];
export type CaseFileInput = Schemas['CaseFileInput'];
export type CaseFileStatus = Schemas['CaseFileStatus'];
export type CaseTheme = Schemas['CaseTheme'];
export type RequestSource = Schemas['RequestSource'];
export type Transition = Schemas['Transition'];
export type TransitionInput = Schemas['TransitionInput'];
export type CaseEntry = Schemas['CaseEntry'];
export type CaseEntryInput = Schemas['CaseEntryInput'];
export type EntryKind = Schemas['EntryKind'];
export type NoteVisibility = Schemas['NoteVisibility'];
export type Referral = Schemas['Referral'];
export type ReferralInput = Schemas['ReferralInput'];
export type ReferralOutcomeInput = Schemas['ReferralOutcomeInput'];
export type ReferralStatus = Schemas['ReferralStatus'];
export type PartnerKind = Schemas['PartnerKind'];
export type FollowUpTask = Schemas['FollowUpTask'];
export type TaskInput = Schemas['TaskInput'];
export type Agenda = Schemas['Agenda'];
export type Caseload = Schemas['Caseload'];

/** Fails to compile when a list misses a value of the contract's enum. */
type Exhaustive<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never;
function values<All>() {
  return <const Listed extends readonly All[]>(list: Exhaustive<All, Listed>) => list;
}

export const CASE_FILE_STATUSES = values<CaseFileStatus>()(['open', 'active', 'closed', 'archived']);
export const CASE_THEMES = values<CaseTheme>()([
  'rent-arrears',
  'neighbour-conflict',
  'mental-health',
  'hygiene-overcrowding',
  'administrative-help',
  'family-difficulty',
  'energy',
  'transfer-request',
  'works-difficulty',
  'other',
]);
export const REQUEST_SOURCES = values<RequestSource>()(['tenant', 'colleague', 'partner']);
export const ENTRY_KINDS = values<EntryKind>()([
  'office-interview',
  'drop-in',
  'phone-call',
  'home-visit',
  'letter-email',
  'welcome-visit',
  'handover',
]);
/** What a worker records; `handover` is written by Hestia when a household moves. */
export const RECORDABLE_KINDS = ENTRY_KINDS.filter(
  (k): k is Exclude<EntryKind, 'handover'> => k !== 'handover',
);
export const PARTNER_KINDS = values<PartnerKind>()([
  'cpas',
  'mental-health',
  'debt-mediation',
  'association',
  'commune',
  'school',
  'other',
]);
export const REFERRAL_STATUSES = values<ReferralStatus>()(['sent', 'accepted', 'refused', 'completed']);
export const VISIBILITIES = values<NoteVisibility>()(['service', 'private']);

/**
 * The lifecycle, as the server enforces it: open -> active | closed, active -> closed,
 * closed -> open | active | archived (reopen or archive), archived is final.
 */
export const NEXT_STATUSES: Record<CaseFileStatus, readonly CaseFileStatus[]> = {
  open: ['active', 'closed'],
  active: ['closed'],
  closed: ['open', 'active', 'archived'],
  archived: [],
};

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const LIST_PAGE_SIZE = 20;
export const ENTRIES_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export type Attachment = Schemas['Attachment'];
