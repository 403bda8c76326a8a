import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type components } from '@/lib/api';

export type DataToComplete = components['schemas']['DataToComplete'];

/** What the organisation's records lack, in counts (administrator). */
export function useDataToComplete(enabled = true) {
  return useQuery({
    queryKey: ['home', 'data-to-complete'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/data-to-complete')),
    enabled,
  });
}
