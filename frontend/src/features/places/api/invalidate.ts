import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api';
import { placesKeys } from './keys';

/** A write to a site, building or dwelling changes counts and names shown in all three lists. */
export function invalidatePlaces(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: placesKeys.sites }),
    queryClient.invalidateQueries({ queryKey: placesKeys.buildings }),
    queryClient.invalidateQueries({ queryKey: placesKeys.dwellings }),
  ]).then(() => undefined);
}

/** After a 412 the record changed meanwhile: fetch its fresh version (and ETag). */
export function refetchIfStale(queryClient: QueryClient, error: unknown, detailKey: readonly unknown[]): void {
  if (isApiError(error) && error.status === 412) {
    void queryClient.invalidateQueries({ queryKey: detailKey });
  }
}
