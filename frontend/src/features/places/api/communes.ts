import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api';
import { bilingualName } from '@/lib/i18n';
import { placesKeys } from './keys';
import type { Commune } from './types';

export function useCommunes() {
  return useQuery({
    queryKey: placesKeys.communes,
    queryFn: () => unwrap(api.GET('/api/v1/communes')),
    staleTime: Infinity,
  });
}

/** Names a commune in the UI language: Dutch when the UI is Dutch, French otherwise. */
export function useCommuneName(): (code: string) => string {
  const { data } = useCommunes();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (code: string) => {
      const commune = data?.find((c) => c.code === code);
      return commune ? bilingualName(commune, language) : code;
    },
    [data, language],
  );
}

/** Commune options sorted by their name in the UI language. */
export function useCommuneOptions(): { value: string; label: string }[] {
  const { data } = useCommunes();
  const { i18n } = useTranslation();
  return (data ?? [])
    .map((c: Commune) => ({ value: c.code, label: bilingualName(c, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}

/** The commune whose postcodes include this one, when exactly one does. */
export function communeForPostcode(communes: readonly Commune[] | undefined, postcode: string): Commune | undefined {
  const matches = (communes ?? []).filter((c) => c.postcodes.includes(postcode));
  return matches.length === 1 ? matches[0] : undefined;
}
