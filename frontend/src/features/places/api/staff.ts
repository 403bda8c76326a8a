import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** The staff directory (admin): who Keycloak lists for the organisation, who never signed in, who left. */
export function useStaffDirectory(query: { q?: string; includeInactive: boolean; page: number; size: number }) {
  return useQuery({
    queryKey: [...placesKeys.staff, 'directory', query],
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** Brings the directory up to date with Keycloak now (admin); every staff list is then read again. */
export function useSyncStaffDirectory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/staff/sync')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placesKeys.staff }),
  });
}
