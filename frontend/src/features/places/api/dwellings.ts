import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap, unwrapVersioned } from '@/lib/api';
import { invalidatePlaces, refetchIfStale } from './invalidate';
import { placesKeys } from './keys';
import { DWELLING_TYPES } from './types';
import type { CommuneCode, DwellingInput, DwellingSort, DwellingType, StatusFilter } from './types';

export interface DwellingListQuery {
  q?: string;
  siteId?: string;
  buildingId?: string;
  commune?: CommuneCode;
  type?: DwellingType;
  status?: StatusFilter;
  sort?: DwellingSort;
  page?: number;
  size?: number;
}

export const dwellingKeys = {
  list: (query: DwellingListQuery) => [...placesKeys.dwellings, 'list', query] as const,
  detail: (id: string) => [...placesKeys.dwellings, 'detail', id] as const,
  leases: (id: string) => [...placesKeys.dwellings, 'leases', id] as const,
};

export function useDwellings(query: DwellingListQuery, enabled = true) {
  return useQuery({
    queryKey: dwellingKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/dwellings', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDwelling(dwellingId: string) {
  return useQuery({
    queryKey: dwellingKeys.detail(dwellingId),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/dwellings/{dwellingId}', { params: { path: { dwellingId } } })),
  });
}

/**
 * Who rents the dwelling and who did, the current lease first. Only for the roles that read
 * households (`enabled`); the server answers 403 to the others, who see `Dwelling.occupied` only.
 */
export function useDwellingLeases(dwellingId: string, enabled: boolean) {
  return useQuery({
    queryKey: dwellingKeys.leases(dwellingId),
    queryFn: () => unwrap(api.GET('/api/v1/dwellings/{dwellingId}/leases', { params: { path: { dwellingId } } })),
    enabled,
  });
}

/** The dwelling form; `siteId` only narrows the building choice. Messages are translation keys. */
export const dwellingFormSchema = z.object({
  siteId: z.string(),
  buildingId: z.string().min(1, 'validation.required'),
  unit: z.string().trim().min(1, 'validation.required').max(20, 'validation.tooLong'),
  floor: z.number('validation.number').int('validation.integer').min(-2, 'validation.floor').max(40, 'validation.floor'),
  bedrooms: z
    .number('validation.number')
    .int('validation.integer')
    .min(0, 'validation.bedrooms')
    .max(8, 'validation.bedrooms'),
  type: z.enum(DWELLING_TYPES, 'validation.required'),
});
export type DwellingFormValues = z.infer<typeof dwellingFormSchema>;
export const DWELLING_FORM_FIELDS = ['buildingId', 'unit', 'floor', 'bedrooms', 'type'] as const;

export function toDwellingInput(values: DwellingFormValues): DwellingInput {
  return {
    buildingId: values.buildingId,
    unit: values.unit.trim(),
    floor: values.floor,
    bedrooms: values.bedrooms,
    type: values.type,
  };
}

export function useCreateDwelling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DwellingInput) => unwrap(api.POST('/api/v1/dwellings', { body: input })),
    onSuccess: () => invalidatePlaces(queryClient),
  });
}

export function useUpdateDwelling(dwellingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: DwellingInput; etag: string }) =>
      unwrapVersioned(
        api.PUT('/api/v1/dwellings/{dwellingId}', {
          params: { path: { dwellingId }, header: { 'If-Match': etag } },
          body: input,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(dwellingKeys.detail(dwellingId), result);
      return invalidatePlaces(queryClient);
    },
    onError: (error) => refetchIfStale(queryClient, error, dwellingKeys.detail(dwellingId)),
  });
}

export function useRetireDwelling(dwellingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(
        api.DELETE('/api/v1/dwellings/{dwellingId}', {
          params: { path: { dwellingId }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => invalidatePlaces(queryClient),
    onError: (error) => refetchIfStale(queryClient, error, dwellingKeys.detail(dwellingId)),
  });
}
