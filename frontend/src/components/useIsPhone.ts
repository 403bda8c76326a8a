import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint lists show cards rather than tables. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
