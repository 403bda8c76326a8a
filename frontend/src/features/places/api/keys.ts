/** Query keys of the places feature; every write invalidates all three kinds (counts change). */
export const placesKeys = {
  sites: ['sites'] as const,
  buildings: ['buildings'] as const,
  dwellings: ['dwellings'] as const,
  communes: ['communes'] as const,
  staff: ['staff'] as const,
};
