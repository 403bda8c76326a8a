import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import { api, isApiError, unwrap, unwrapVersioned, type Versioned } from '@/lib/api';
import { isDateValue, toDateValue } from '@/lib/dates';
import { householdKeys } from './keys';
import {
  LANGUAGES,
  MAX_MEMBERS,
  MAX_PAGE_SIZE,
  MEMBER_ROLES,
  type Household,
  type HouseholdInput,
  type LeaseInput,
  type NewHouseholdInput,
} from './types';

export interface HouseholdListQuery {
  q?: string;
  siteId?: string;
  /** 0-based, as the API counts. */
  page?: number;
  size?: number;
}

export function useHouseholds(query: HouseholdListQuery) {
  return useQuery({
    queryKey: householdKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useHousehold(householdId: string) {
  return useQuery({
    queryKey: householdKeys.detail(householdId),
    queryFn: () =>
      unwrapVersioned(api.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } })),
  });
}

/** The organisation's active sites, for the list's site filter. */
export function useSiteOptions() {
  return useQuery({
    queryKey: householdKeys.siteOptions,
    queryFn: () =>
      unwrap(api.GET('/api/v1/sites', { params: { query: { status: 'active', sort: 'name', size: MAX_PAGE_SIZE } } })),
    staleTime: 5 * 60_000,
  });
}

/** Active dwellings matching the words typed, to move a household into. */
export function useDwellingOptions(q: string) {
  return useQuery({
    queryKey: householdKeys.dwellingOptions(q),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dwellings', { params: { query: { q: q || undefined, status: 'active', sort: 'unit', size: 50 } } }),
      ),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The active buildings of a site, to narrow the choice of a new household's dwelling. */
export function useBuildingOptions(siteId: string) {
  return useQuery({
    queryKey: householdKeys.buildingOptions(siteId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/buildings', { params: { query: { siteId, status: 'active', sort: 'address', size: MAX_PAGE_SIZE } } })),
    enabled: siteId !== '',
    staleTime: 5 * 60_000,
  });
}

export interface VacantDwellingQuery {
  q: string;
  siteId: string;
  buildingId: string;
}

/** Vacant active dwellings of a building, or matching the words typed (on the chosen site, if any). */
export function useVacantDwellingOptions({ q, siteId, buildingId }: VacantDwellingQuery) {
  return useQuery({
    queryKey: householdKeys.vacantDwellingOptions({ q, siteId, buildingId }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dwellings', {
          params: {
            query: {
              q: q || undefined,
              siteId: siteId || undefined,
              buildingId: buildingId || undefined,
              status: 'active',
              occupancy: 'vacant',
              sort: 'unit',
              size: MAX_PAGE_SIZE,
            },
          },
        }),
      ),
    enabled: buildingId !== '' || q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

// --- The household form -----------------------------------------------------------------------

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{6,30}$/;

/** One member; messages are translation keys (`validation.*` in the common namespace). */
export const memberFormSchema = z.object({
  id: z.string().optional(),
  firstName: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  lastName: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  birthDate: z.string().refine((v) => v === '' || (isDateValue(v) && v <= toDateValue()), 'validation.birthDate'),
  preferredLanguage: z.enum(LANGUAGES, 'validation.required'),
  phone: z
    .string()
    .trim()
    .refine((v) => v === '' || PHONE.test(v), 'validation.phone'),
  email: z
    .string()
    .trim()
    .max(120, 'validation.tooLong')
    .refine((v) => v === '' || EMAIL.test(v), 'validation.email'),
  role: z.enum(MEMBER_ROLES, 'validation.required'),
});
export type MemberFormValues = z.infer<typeof memberFormSchema>;

/**
 * The lease a new household starts (creation only): site and building only narrow the dwelling
 * choice; without `enabled`, the household is registered without a lease.
 */
export const newLeaseFormSchema = z.object({
  enabled: z.boolean(),
  siteId: z.string(),
  buildingId: z.string(),
  dwellingId: z.string(),
  startDate: z.string(),
});
export type NewLeaseFormValues = z.infer<typeof newLeaseFormSchema>;

/**
 * The household form. Exactly one member is the reference tenant: checked here so that the user
 * knows before saving; the server checks it again. On creation, the lease needs a dwelling and a date.
 */
export const householdFormSchema = z
  .object({
    externalRef: z.string().trim().max(40, 'validation.tooLong'),
    members: z.array(memberFormSchema).min(1, 'validation.membersMin').max(MAX_MEMBERS, 'validation.membersMax'),
    lease: newLeaseFormSchema.optional(),
  })
  .superRefine((values, ctx) => {
    const references = values.members.filter((m) => m.role === 'reference-tenant').length;
    if (references !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['members'],
        message: references === 0 ? 'validation.referenceTenantMissing' : 'validation.referenceTenantMany',
      });
    }
    if (values.lease?.enabled) {
      if (!values.lease.dwellingId) {
        ctx.addIssue({ code: 'custom', path: ['lease', 'dwellingId'], message: 'validation.required' });
      }
      if (!isDateValue(values.lease.startDate)) {
        ctx.addIssue({ code: 'custom', path: ['lease', 'startDate'], message: 'validation.date' });
      }
    }
  });
export type HouseholdFormValues = z.infer<typeof householdFormSchema>;
export const HOUSEHOLD_FORM_FIELDS = ['externalRef', 'members'] as const;

const MEMBER_FIELD = /^(?:body\.)?members\[(\d+)]\.(\w+)$/;
const MEMBER_FIELDS = ['firstName', 'lastName', 'birthDate', 'preferredLanguage', 'phone', 'email', 'role'];

/**
 * `members[2].phone` (the API's name) is `members.2.phone` in the form; `members` is the list itself;
 * `lease.dwellingId` and `lease.startDate` are the new lease's.
 */
export function householdFieldOf(violationField: string): Path<HouseholdFormValues> | undefined {
  const lease = /^(?:body\.)?lease\.(dwellingId|startDate)$/.exec(violationField);
  if (lease) return lease[1] === 'dwellingId' ? 'lease.dwellingId' : 'lease.startDate';
  const m = MEMBER_FIELD.exec(violationField);
  if (m && MEMBER_FIELDS.includes(m[2] ?? '')) return `members.${Number(m[1])}.${m[2] as keyof MemberFormValues}`;
  if (/^(?:body\.)?members$/.test(violationField)) return 'members';
  return undefined;
}

export const EMPTY_MEMBER: MemberFormValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  preferredLanguage: 'fr',
  phone: '',
  email: '',
  role: 'other',
};

export function toHouseholdFormValues(household: Household): HouseholdFormValues {
  return {
    externalRef: household.externalRef ?? '',
    members: household.members.map((m) => ({
      id: m.id,
      firstName: m.firstName,
      lastName: m.lastName,
      birthDate: m.birthDate ?? '',
      preferredLanguage: m.preferredLanguage,
      phone: m.phone ?? '',
      email: m.email ?? '',
      role: m.role,
    })),
  };
}

export function toHouseholdInput(values: HouseholdFormValues): HouseholdInput {
  return {
    externalRef: values.externalRef.trim() || undefined,
    members: values.members.map((m) => ({
      id: m.id || undefined,
      firstName: m.firstName.trim(),
      lastName: m.lastName.trim(),
      birthDate: m.birthDate || undefined,
      preferredLanguage: m.preferredLanguage,
      phone: m.phone.trim() || undefined,
      email: m.email.trim() || undefined,
      role: m.role,
    })),
  };
}

/** A new household, with its lease when the form records one. */
export function toNewHouseholdInput(values: HouseholdFormValues): NewHouseholdInput {
  const lease = values.lease?.enabled
    ? { dwellingId: values.lease.dwellingId, startDate: values.lease.startDate }
    : undefined;
  return { ...toHouseholdInput(values), lease };
}

function refetchIfStale(queryClient: ReturnType<typeof useQueryClient>, error: unknown, householdId: string) {
  if (isApiError(error) && error.status === 412) {
    void queryClient.invalidateQueries({ queryKey: householdKeys.detail(householdId) });
  }
}

export function useCreateHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewHouseholdInput) => unwrap(api.POST('/api/v1/households', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: householdKeys.all }),
  });
}

function useHouseholdWrite<I>(householdId: string, call: (input: I, etag: string) => Promise<Versioned<Household>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: I; etag: string }) => call(input, etag),
    onSuccess: (result) => {
      queryClient.setQueryData(householdKeys.detail(householdId), result);
      return queryClient.invalidateQueries({ queryKey: householdKeys.all, refetchType: 'inactive' });
    },
    onError: (error) => refetchIfStale(queryClient, error, householdId),
  });
}

export function useUpdateHousehold(householdId: string) {
  return useHouseholdWrite<HouseholdInput>(householdId, (input, etag) =>
    unwrapVersioned(
      api.PUT('/api/v1/households/{householdId}', {
        params: { path: { householdId }, header: { 'If-Match': etag } },
        body: input,
      }),
    ),
  );
}

// --- A move (a new lease) ---------------------------------------------------------------------

export const moveFormSchema = z.object({
  dwellingId: z.string().min(1, 'validation.required'),
  startDate: z.string().refine(isDateValue, 'validation.date'),
});
export type MoveFormValues = z.infer<typeof moveFormSchema>;
export const MOVE_FORM_FIELDS = ['dwellingId', 'startDate'] as const;

export function useStartLease(householdId: string) {
  return useHouseholdWrite<LeaseInput>(householdId, (input, etag) =>
    unwrapVersioned(
      api.POST('/api/v1/households/{householdId}/leases', {
        params: { path: { householdId }, header: { 'If-Match': etag } },
        body: input,
      }),
    ),
  );
}
