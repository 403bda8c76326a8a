import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ParamSpec {
  /** Value used when the URL has none (and removed from the URL when chosen). */
  default: string;
  /** When given, any other value in the URL is ignored. */
  allowed?: readonly string[];
  /** When given, a value that does not match is ignored. */
  pattern?: RegExp;
}

export type ListParams<K extends string> = Record<K, string> & { page: number };
export type ListParamsPatch<K extends string> = Partial<Record<K, string>> & { page?: number };

function valid(value: string, spec: ParamSpec): boolean {
  if (spec.allowed && !spec.allowed.includes(value)) return false;
  if (spec.pattern && !spec.pattern.test(value)) return false;
  return true;
}

/**
 * Keeps a list's filters, sort and page in the URL's search params, so a list can be shared,
 * bookmarked and revisited with the back button. The page is 1-based in the URL (what people
 * read); the API's page is `page - 1`. Changing any filter goes back to the first page.
 */
export function useListParams<K extends string>(specs: Record<K, ParamSpec>) {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo(() => {
    const values = {} as Record<K, string>;
    for (const key of Object.keys(specs) as K[]) {
      const spec = specs[key];
      const raw = searchParams.get(key);
      values[key] = raw !== null && raw !== '' && valid(raw, spec) ? raw : spec.default;
    }
    const rawPage = Number.parseInt(searchParams.get('page') ?? '1', 10);
    const page = Number.isFinite(rawPage) && rawPage >= 1 ? rawPage : 1;
    return { ...values, page } as ListParams<K>;
    // `specs` is a module constant of the calling list: only the URL changes.
  }, [searchParams]);

  const update = useCallback(
    (patch: ListParamsPatch<K>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        let filterChanged = false;
        for (const key of Object.keys(patch) as (K | 'page')[]) {
          if (key === 'page') continue;
          const value = patch[key as K];
          if (value === undefined) continue;
          filterChanged = true;
          const spec = specs[key as K];
          if (value === '' || value === spec.default) next.delete(key);
          else next.set(key, value);
        }
        if (patch.page !== undefined && patch.page > 1) next.set('page', String(patch.page));
        else if (patch.page !== undefined || filterChanged) next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );

  return [params, update] as const;
}
