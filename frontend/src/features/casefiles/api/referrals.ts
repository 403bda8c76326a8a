import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, etagOf, isApiError, unwrap, unwrapVersioned } from '@/lib/api';
import { caseFileKeys } from './keys';
import { PARTNER_KINDS, REFERRAL_STATUSES, type Referral, type ReferralInput, type ReferralOutcomeInput } from './types';

/**
 * The file's referrals, most recent first. No access-reason header: the file page has been read
 * first, and the server remembers a reason given for the file for the session.
 */
export function useReferrals(caseFileId: string, enabled = true) {
  return useQuery({
    queryKey: caseFileKeys.referrals(caseFileId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/case-files/{caseFileId}/referrals', { params: { path: { caseFileId } } })),
    enabled,
  });
}

/** The referral form; messages are translation keys. Consent is checked by the server too. */
export const referralFormSchema = z.object({
  partnerKind: z.enum(PARTNER_KINDS, 'validation.required'),
  partnerName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  reason: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
  consentGiven: z.boolean(),
  consentNote: z.string().trim().max(500, 'validation.tooLong'),
});
export type ReferralFormValues = z.infer<typeof referralFormSchema>;
export const REFERRAL_FORM_FIELDS = ['partnerKind', 'partnerName', 'reason', 'consentGiven', 'consentNote'] as const;

export function emptyReferralForm(): ReferralFormValues {
  return { partnerKind: 'cpas', partnerName: '', reason: '', consentGiven: false, consentNote: '' };
}

export function toReferralInput(values: ReferralFormValues): ReferralInput {
  return {
    partnerKind: values.partnerKind,
    partnerName: values.partnerName.trim(),
    reason: values.reason.trim(),
    consentGiven: values.consentGiven,
    consentNote: values.consentNote.trim() || undefined,
  };
}

export const referralOutcomeSchema = z.object({
  status: z.enum(REFERRAL_STATUSES, 'validation.required'),
  outcome: z.string().trim().max(2000, 'validation.tooLong'),
});
export type ReferralOutcomeValues = z.infer<typeof referralOutcomeSchema>;
export const REFERRAL_OUTCOME_FIELDS = ['status', 'outcome'] as const;

export function toReferralOutcomeInput(values: ReferralOutcomeValues): ReferralOutcomeInput {
  return { status: values.status, outcome: values.outcome.trim() || undefined };
}

export function useAddReferral(caseFileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) =>
      unwrap(
        api.POST('/api/v1/case-files/{caseFileId}/referrals', { params: { path: { caseFileId } }, body: input }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseFileKeys.referrals(caseFileId) }),
  });
}

export function useUpdateReferral(caseFileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referral, input }: { referral: Referral; input: ReferralOutcomeInput }) =>
      unwrapVersioned(
        api.PUT('/api/v1/case-files/{caseFileId}/referrals/{referralId}', {
          params: { path: { caseFileId, referralId: referral.id }, header: { 'If-Match': etagOf(referral) } },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseFileKeys.referrals(caseFileId) }),
    onError: (error) => {
      if (isApiError(error) && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: caseFileKeys.referrals(caseFileId) });
      }
    },
  });
}
