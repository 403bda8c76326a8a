import type { components } from '@/lib/api';

type Schemas = components['schemas'];
export type Household = Schemas['Household'];
export type HouseholdSummary = Schemas['HouseholdSummary'];
export type HouseholdInput = Schemas['HouseholdInput'];
export type NewHouseholdInput = Schemas['NewHouseholdInput'];
export type Member = Schemas['Member'];
export type MemberInput = Schemas['MemberInput'];
export type MemberRole = Schemas['MemberRole'];
export type Language = Schemas['Language'];
export type Lease = Schemas['Lease'];
export type LeaseInput = Schemas['LeaseInput'];
export type DwellingRef = Schemas['DwellingRef'];
export type SocialFollowUp = Schemas['SocialFollowUp'];
export type ImportReport = Schemas['ImportReport'];
export type ImportError = Schemas['ImportError'];
export type ImportErrorCode = Schemas['ImportErrorCode'];

/** Fails to compile when a list misses a value of the contract's enum. */
type Exhaustive<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never;
function values<All>() {
  return <const Listed extends readonly All[]>(list: Exhaustive<All, Listed>) => list;
}

export const MEMBER_ROLES = values<MemberRole>()(['reference-tenant', 'partner', 'child', 'other']);
export const LANGUAGES = values<Language>()(['fr', 'nl']);

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const LIST_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_MEMBERS = 20;

/** Every code an import error can carry; the locales give each a text (households `import.errors.*`). */
export const IMPORT_ERROR_CODES = values<ImportErrorCode>()([
  'wrong-column-count',
  'required',
  'too-long',
  'control-characters',
  'unknown-role',
  'unknown-language',
  'invalid-date',
  'future-date',
  'invalid-email',
  'no-reference-tenant',
  'second-reference-tenant',
  'unknown-dwelling',
  'dwelling-given-twice',
  'dwelling-rented',
  'lease-start-too-early',
]);
