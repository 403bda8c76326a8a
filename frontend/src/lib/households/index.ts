import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

/**
 * Finding a household by name or address, for the screens that pick one (a filter, an export). Under
 * the households' own key prefix, so that a change to a household refreshes these too.
 */
export const householdLookupKeys = {
  search: (q: string) => ['households', 'lookup', q] as const,
  name: (id: string) => ['households', 'lookup-name', id] as const,
};

/** At least this many characters before a search is sent. */
export const HOUSEHOLD_LOOKUP_MIN = 2;

/** The organisation's households matching {@code q} (name, address or dwelling), ten at most. */
export function useHouseholdLookup(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: householdLookupKeys.search(query),
    queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query: { q: query, size: 10 } } })),
    enabled: query.length >= HOUSEHOLD_LOOKUP_MIN,
    placeholderData: keepPreviousData,
  });
}

/** A household's name (its reference tenant's), to show a household chosen earlier (e.g. from the URL). */
export function useHouseholdName(householdId: string) {
  return useQuery({
    queryKey: householdLookupKeys.name(householdId),
    queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } })),
    select: (household) => household.name,
    enabled: householdId !== '',
    staleTime: 60_000,
  });
}
