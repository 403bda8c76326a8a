import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

/**
 * Households matching the name or address a requester gave, for the DPO to pick the one the
 * request is about (identity only: no case content reaches this screen).
 */
export function useHouseholdLookup(q: string) {
  return useQuery({
    queryKey: ['data-protection', 'households', q],
    queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query: { q, size: 10 } } })),
    enabled: q.trim().length >= 2,
  });
}
