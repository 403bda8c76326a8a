import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { caseFileKeys } from './keys';

/** The address of the caller's calendar feed (a secret: kept in memory only, like everything under case-files). */
export function useCalendarFeedLink(enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.calendarFeed,
    queryFn: () => unwrap(api.GET('/api/v1/me/calendar-feed')),
    enabled,
  });
}

/** A new address; the previous one stops working. */
export function useRenewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed/renew')),
    onSuccess: (link) => queryClient.setQueryData(caseFileKeys.calendarFeed, link),
  });
}

/** The full address a calendar subscribes to: the API shares the SPA's origin. */
export function feedUrl(path: string, language: string, origin: string = window.location.origin): string {
  const url = new URL(path, origin);
  url.searchParams.set('lang', language.slice(0, 2));
  return url.toString();
}
