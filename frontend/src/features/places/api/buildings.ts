import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap, unwrapVersioned } from '@/lib/api';
import { invalidatePlaces, refetchIfStale } from './invalidate';
import { placesKeys } from './keys';
import type { BuildingInput, BuildingSort, CommuneCode, StatusFilter } from './types';

export interface BuildingListQuery {
  q?: string;
  siteId?: string;
  commune?: CommuneCode;
  status?: StatusFilter;
  sort?: BuildingSort;
  page?: number;
  size?: number;
}

export const buildingKeys = {
  list: (query: BuildingListQuery) => [...placesKeys.buildings, 'list', query] as const,
  detail: (id: string) => [...placesKeys.buildings, 'detail', id] as const,
};

export function useBuildings(query: BuildingListQuery, enabled = true) {
  return useQuery({
    queryKey: buildingKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/buildings', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useBuilding(buildingId: string) {
  return useQuery({
    queryKey: buildingKeys.detail(buildingId),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/buildings/{buildingId}', { params: { path: { buildingId } } })),
  });
}

/** The building form; messages are translation keys. */
export const buildingFormSchema = z.object({
  siteId: z.string().min(1, 'validation.required'),
  name: z.string().trim().max(80, 'validation.tooLong'),
  street: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  number: z.string().trim().min(1, 'validation.required').max(12, 'validation.tooLong'),
  postcode: z.string().trim().regex(/^1[0-2][0-9]{2}$/, 'validation.postcode'),
  commune: z.string().min(1, 'validation.required'),
});
export type BuildingFormValues = z.infer<typeof buildingFormSchema>;
export const BUILDING_FORM_FIELDS = ['siteId', 'name', 'street', 'number', 'postcode', 'commune'] as const;

export function toBuildingInput(values: BuildingFormValues): BuildingInput {
  return {
    siteId: values.siteId,
    name: values.name.trim() || undefined,
    street: values.street.trim(),
    number: values.number.trim(),
    postcode: values.postcode.trim(),
    commune: values.commune as CommuneCode,
  };
}

export function useCreateBuilding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BuildingInput) => unwrap(api.POST('/api/v1/buildings', { body: input })),
    onSuccess: () => invalidatePlaces(queryClient),
  });
}

export function useUpdateBuilding(buildingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: BuildingInput; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/buildings/{buildingId}', {
          params: { path: { buildingId }, header: { 'If-Match': etag } },
          body: input,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(buildingKeys.detail(buildingId), result);
      return invalidatePlaces(queryClient);
    },
    onError: (error) => refetchIfStale(queryClient, error, buildingKeys.detail(buildingId)),
  });
}

export function useRetireBuilding(buildingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(
        api.DELETE('/api/v1/buildings/{buildingId}', {
          params: { path: { buildingId }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => invalidatePlaces(queryClient),
    onError: (error) => refetchIfStale(queryClient, error, buildingKeys.detail(buildingId)),
  });
}
