/** Query keys of the households feature. */
export const householdKeys = {
  all: ['households'] as const,
  list: (query: object) => ['households', 'list', query] as const,
  detail: (id: string) => ['households', 'detail', id] as const,
  siteOptions: ['households', 'site-options'] as const,
  dwellingOptions: (q: string) => ['households', 'dwelling-options', q] as const,
  buildingOptions: (siteId: string) => ['households', 'building-options', siteId] as const,
  vacantDwellingOptions: (query: object) => ['households', 'vacant-dwelling-options', query] as const,
};
