import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type components } from '@/lib/api';
import { useAuth } from './AuthContext';
import type { Role } from './roles';

export type Me = components['schemas']['Me'];
export type Organisation = components['schemas']['Organisation'];

export const meQueryKey = ['me'] as const;

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: 5 * 60_000,
  });
}

export interface CurrentUser {
  /** The user's staff id (the token's subject), as entries' authors are named. */
  id?: string;
  displayName: string;
  username: string;
  roles: Role[];
  /** The organisation as the API describes it; undefined while loading or for SLRB/PCS users. */
  organisation?: Organisation;
  /** The organisation code from the token, known before /me answers. */
  organisationCode?: string;
}

/** The signed-in user: the API's profile when it has answered, the token's claims until then. */
export function useCurrentUser(): CurrentUser & { me: ReturnType<typeof useMe> } {
  const { user } = useAuth();
  const me = useMe();
  const data = me.data;
  return {
    id: data?.subject ?? user.subject,
    displayName: data?.displayName ?? user.displayName,
    username: data?.username ?? user.username,
    roles: data?.roles ?? user.roles,
    organisation: data?.organisation,
    organisationCode: data?.organisation?.id ?? user.organisation,
    me,
  };
}
