import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, ListPagination, LoadingState, PageHeader, SearchField } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useBuildings } from '../api/buildings';
import { useSites } from '../api/sites';
import {
  BUILDING_SORTS,
  COMMUNE_CODE_PATTERN,
  LIST_PAGE_SIZE,
  MAX_PAGE_SIZE,
  STATUS_FILTERS,
  UUID_PATTERN,
  type BuildingSort,
  type CommuneCode,
  type StatusFilter,
} from '../api/types';
import { CommuneFilter, countActive, FilterGrid, OptionsFilter, SortSelect, StatusFilterSelect } from '../components/filters';
import { BuildingsTable } from '../components/tables';
import { usePlacesPermissions } from '../permissions';

const PARAMS = {
  q: { default: '' },
  siteId: { default: '', pattern: UUID_PATTERN },
  commune: { default: '', pattern: COMMUNE_CODE_PATTERN },
  status: { default: 'active', allowed: STATUS_FILTERS },
  sort: { default: 'address', allowed: BUILDING_SORTS },
};

export function BuildingsListPage() {
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const [params, update] = useListParams(PARAMS);
  const sites = useSites({ status: 'all', sort: 'name', size: MAX_PAGE_SIZE });
  const buildings = useBuildings({
    q: params.q || undefined,
    siteId: params.siteId || undefined,
    commune: (params.commune || undefined) as CommuneCode | undefined,
    status: params.status as StatusFilter,
    sort: params.sort as BuildingSort,
    page: params.page - 1,
    size: LIST_PAGE_SIZE,
  });
  const siteOptions = (sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));

  return (
    <>
      <PageHeader
        title={t('buildings.title')}
        actions={
          canEdit && (
            <Button component={Link} to={params.siteId ? `/buildings/new?siteId=${params.siteId}` : '/buildings/new'}>
              {t('buildings.new')}
            </Button>
          )
        }
      />
      <FilterGrid
        label={t('filters.label')}
        activeCount={countActive(params, PARAMS)}
        search={<SearchField label={t('filters.search')} value={params.q} onChange={(q) => update({ q })} />}
      >
        <OptionsFilter
          label={t('filters.site')}
          allLabel={t('filters.allSites')}
          options={siteOptions}
          value={params.siteId}
          onChange={(siteId) => update({ siteId })}
        />
        <CommuneFilter value={params.commune} onChange={(commune) => update({ commune })} />
        <StatusFilterSelect value={params.status} onChange={(status) => update({ status })} />
        <SortSelect
          value={params.sort}
          onChange={(sort) => update({ sort })}
          sorts={BUILDING_SORTS}
          labelPrefix="sort.buildings"
        />
      </FilterGrid>
      {buildings.isPending ? (
        <LoadingState />
      ) : buildings.isError ? (
        <ErrorState error={buildings.error} />
      ) : buildings.data.items.length === 0 ? (
        <EmptyState message={t('buildings.empty')} />
      ) : (
        <div aria-busy={buildings.isFetching}>
          <BuildingsTable buildings={buildings.data.items} label={t('buildings.title')} />
          <ListPagination
            page={params.page}
            totalPages={buildings.data.page.totalPages}
            totalItems={buildings.data.page.totalItems}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
