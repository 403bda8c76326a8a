import type { components } from '@/lib/api';

type Schemas = components['schemas'];
export type Site = Schemas['Site'];
export type SiteSummary = Schemas['SiteSummary'];
export type SiteInput = Schemas['SiteInput'];
export type SiteSort = Schemas['SiteSort'];
export type SiteAssignmentsInput = Schemas['SiteAssignmentsInput'];
export type Building = Schemas['Building'];
export type BuildingInput = Schemas['BuildingInput'];
export type BuildingSort = Schemas['BuildingSort'];
export type Dwelling = Schemas['Dwelling'];
export type DwellingInput = Schemas['DwellingInput'];
export type DwellingSort = Schemas['DwellingSort'];
export type DwellingType = Schemas['DwellingType'];
export type StatusFilter = Schemas['StatusFilter'];
export type CommuneCode = Schemas['CommuneCode'];
export type Commune = Schemas['Commune'];
export type StaffMember = Schemas['StaffMember'];

/** Fails to compile when a list of enum values misses a value of the contract's enum. */
type Exhaustive<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never;

function values<All>() {
  return <const Listed extends readonly All[]>(list: Exhaustive<All, Listed>) => list;
}

export const STATUS_FILTERS = values<StatusFilter>()(['active', 'retired', 'all']);
export const SITE_SORTS = values<SiteSort>()(['name', '-name', 'dwellings', '-dwellings']);
export const BUILDING_SORTS = values<BuildingSort>()(['address', '-address', 'postcode', '-postcode', 'site', '-site']);
export const DWELLING_SORTS = values<DwellingSort>()(['unit', '-unit', 'floor', '-floor', 'bedrooms', '-bedrooms']);
export const DWELLING_TYPES = values<DwellingType>()(['studio', 'apartment', 'duplex', 'house', 'adapted']);

export const COMMUNE_CODE_PATTERN = /^[A-Z_]{3,40}$/;
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Sub-lists on detail pages and the choices in selects load at most this many records. */
export const MAX_PAGE_SIZE = 100;
export const LIST_PAGE_SIZE = 20;
