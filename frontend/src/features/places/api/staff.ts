import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { placesKeys } from './keys';
import { MAX_PAGE_SIZE } from './types';
import type { components } from '@/lib/api';

type Role = components['schemas']['Role'];

/** Staff holding a role, to pick from when assigning a site (admin, service manager). */
export function useStaff(role: Role, enabled = true) {
  return useQuery({
    queryKey: [...placesKeys.staff, role],
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query: { role, size: MAX_PAGE_SIZE } } })),
    enabled,
    staleTime: 60_000,
  });
}
