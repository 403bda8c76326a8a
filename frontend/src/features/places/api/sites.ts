import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap, unwrapVersioned } from '@/lib/api';
import { invalidatePlaces, refetchIfStale } from './invalidate';
import { placesKeys } from './keys';
import type { CommuneCode, Site, SiteAssignmentsInput, SiteInput, SiteSort, StatusFilter } from './types';

export interface SiteListQuery {
  q?: string;
  commune?: CommuneCode;
  status?: StatusFilter;
  sort?: SiteSort;
  /** 0-based, as the API counts. */
  page?: number;
  size?: number;
}

export const siteKeys = {
  list: (query: SiteListQuery) => [...placesKeys.sites, 'list', query] as const,
  detail: (id: string) => [...placesKeys.sites, 'detail', id] as const,
};

export function useSites(query: SiteListQuery, enabled = true) {
  return useQuery({
    queryKey: siteKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/sites', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSite(siteId: string) {
  return useQuery({
    queryKey: siteKeys.detail(siteId),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/sites/{siteId}', { params: { path: { siteId } } })),
  });
}

/** The site form; messages are translation keys. */
export const siteFormSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  description: z.string().trim().max(2000, 'validation.tooLong'),
});
export type SiteFormValues = z.infer<typeof siteFormSchema>;
export const SITE_FORM_FIELDS = ['name', 'description'] as const;

export function toSiteInput(values: SiteFormValues): SiteInput {
  return { name: values.name.trim(), description: values.description.trim() || undefined };
}

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SiteInput) => unwrap(api.POST('/api/v1/sites', { body: input })),
    onSuccess: () => invalidatePlaces(queryClient),
  });
}

export function useUpdateSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: SiteInput; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/sites/{siteId}', {
          params: { path: { siteId }, header: { 'If-Match': etag } },
          body: input,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(siteKeys.detail(siteId), result);
      return invalidatePlaces(queryClient);
    },
    onError: (error) => refetchIfStale(queryClient, error, siteKeys.detail(siteId)),
  });
}

export function useRetireSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/sites/{siteId}', { params: { path: { siteId }, header: { 'If-Match': etag } } })),
    onSuccess: () => invalidatePlaces(queryClient),
    onError: (error) => refetchIfStale(queryClient, error, siteKeys.detail(siteId)),
  });
}

/**
 * The assignments form: an empty choice leaves the role unassigned. `moveOpenFiles` is the explicit answer, asked when
 * the referent changes on a site with open files: move them to the new referent, or keep them with the previous one.
 */
export const assignmentsFormSchema = z.object({
  referentSocialWorkerId: z.string(),
  collectiveWorkerId: z.string(),
  moveOpenFiles: z.enum(['', 'move', 'keep']),
});
export type AssignmentsFormValues = z.infer<typeof assignmentsFormSchema>;
export const ASSIGNMENTS_FORM_FIELDS = ['referentSocialWorkerId', 'collectiveWorkerId', 'moveOpenFiles'] as const;

/** The number of open files a change of referent to `referentId` would concern (0: nothing to ask). */
export function openFilesConcerned(site: Pick<Site, 'referentSocialWorker' | 'openCaseFiles'>, referentId: string) {
  const changes = referentId !== '' && referentId !== (site.referentSocialWorker?.id ?? '');
  return changes ? (site.openCaseFiles ?? 0) : 0;
}

/** The schema for one site: the question about open files must be answered when it is asked. */
export function assignmentsFormSchemaFor(site: Pick<Site, 'referentSocialWorker' | 'openCaseFiles'>) {
  return assignmentsFormSchema.superRefine((values, ctx) => {
    if (openFilesConcerned(site, values.referentSocialWorkerId) > 0 && values.moveOpenFiles === '') {
      ctx.addIssue({ code: 'custom', path: ['moveOpenFiles'], message: 'validation.required' });
    }
  });
}

export function toAssignmentsInput(values: AssignmentsFormValues): SiteAssignmentsInput {
  return {
    referentSocialWorkerId: values.referentSocialWorkerId || undefined,
    collectiveWorkerId: values.collectiveWorkerId || undefined,
    moveOpenFiles: values.moveOpenFiles === 'move',
  };
}

export function useUpdateSiteAssignments(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: SiteAssignmentsInput; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/sites/{siteId}/assignments', {
          params: { path: { siteId }, header: { 'If-Match': etag } },
          body: input,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(siteKeys.detail(siteId), result);
      return invalidatePlaces(queryClient);
    },
    onError: (error) => refetchIfStale(queryClient, error, siteKeys.detail(siteId)),
  });
}
