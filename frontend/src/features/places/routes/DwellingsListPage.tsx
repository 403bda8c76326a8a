import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, ListPagination, LoadingState, PageHeader, SearchField } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useBuildings } from '../api/buildings';
import { useDwellings } from '../api/dwellings';
import { useSites } from '../api/sites';
import {
  DWELLING_SORTS,
  DWELLING_TYPES,
  LIST_PAGE_SIZE,
  MAX_PAGE_SIZE,
  STATUS_FILTERS,
  UUID_PATTERN,
  type DwellingSort,
  type DwellingType,
  type StatusFilter,
} from '../api/types';
import { countActive, FilterGrid, OptionsFilter, SortSelect, StatusFilterSelect } from '../components/filters';
import { fullAddress } from '../components/format';
import { DwellingsTable } from '../components/tables';
import { usePlacesPermissions } from '../permissions';

const PARAMS = {
  q: { default: '' },
  siteId: { default: '', pattern: UUID_PATTERN },
  buildingId: { default: '', pattern: UUID_PATTERN },
  type: { default: '', allowed: DWELLING_TYPES },
  status: { default: 'active', allowed: STATUS_FILTERS },
  sort: { default: 'unit', allowed: DWELLING_SORTS },
};

export function DwellingsListPage() {
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const [params, update] = useListParams(PARAMS);
  const sites = useSites({ status: 'all', sort: 'name', size: MAX_PAGE_SIZE });
  const buildings = useBuildings(
    { siteId: params.siteId, status: 'all', sort: 'address', size: MAX_PAGE_SIZE },
    !!params.siteId,
  );
  const dwellings = useDwellings({
    q: params.q || undefined,
    siteId: params.siteId || undefined,
    buildingId: params.buildingId || undefined,
    type: (params.type || undefined) as DwellingType | undefined,
    status: params.status as StatusFilter,
    sort: params.sort as DwellingSort,
    page: params.page - 1,
    size: LIST_PAGE_SIZE,
  });
  const siteOptions = (sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  const buildingOptions = params.siteId
    ? (buildings.data?.items ?? []).map((b) => ({ value: b.id, label: fullAddress(b) }))
    : [];
  const newLink = params.buildingId
    ? `/dwellings/new?siteId=${params.siteId}&buildingId=${params.buildingId}`
    : params.siteId
      ? `/dwellings/new?siteId=${params.siteId}`
      : '/dwellings/new';

  return (
    <>
      <PageHeader
        title={t('dwellings.title')}
        actions={
          canEdit && (
            <Button component={Link} to={newLink}>
              {t('dwellings.new')}
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
          onChange={(siteId) => update({ siteId, buildingId: '' })}
        />
        <OptionsFilter
          label={t('filters.building')}
          allLabel={t('filters.allBuildings')}
          options={buildingOptions}
          value={params.buildingId}
          disabled={!params.siteId && !params.buildingId}
          description={!params.siteId && !params.buildingId ? t('form.chooseSiteFirst') : undefined}
          onChange={(buildingId) => update({ buildingId })}
        />
        <OptionsFilter
          label={t('filters.type')}
          allLabel={t('filters.allTypes')}
          options={DWELLING_TYPES.map((type) => ({ value: type, label: t(`dwellingTypes.${type}`) }))}
          value={params.type}
          onChange={(type) => update({ type })}
        />
        <StatusFilterSelect value={params.status} onChange={(status) => update({ status })} />
        <SortSelect
          value={params.sort}
          onChange={(sort) => update({ sort })}
          sorts={DWELLING_SORTS}
          labelPrefix="sort.dwellings"
        />
      </FilterGrid>
      {dwellings.isPending ? (
        <LoadingState />
      ) : dwellings.isError ? (
        <ErrorState error={dwellings.error} />
      ) : dwellings.data.items.length === 0 ? (
        <EmptyState message={t('dwellings.empty')} />
      ) : (
        <div aria-busy={dwellings.isFetching}>
          <DwellingsTable dwellings={dwellings.data.items} label={t('dwellings.title')} />
          <ListPagination
            page={params.page}
            totalPages={dwellings.data.page.totalPages}
            totalItems={dwellings.data.page.totalItems}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
