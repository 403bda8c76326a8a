import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, ListPagination, LoadingState, PageHeader, SearchField } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useSites } from '../api/sites';
import {
  COMMUNE_CODE_PATTERN,
  LIST_PAGE_SIZE,
  SITE_SORTS,
  STATUS_FILTERS,
  type CommuneCode,
  type SiteSort,
  type StatusFilter,
} from '../api/types';
import { CommuneFilter, countActive, FilterGrid, SortSelect, StatusFilterSelect } from '../components/filters';
import { SitesTable } from '../components/tables';
import { usePlacesPermissions } from '../permissions';

const PARAMS = {
  q: { default: '' },
  commune: { default: '', pattern: COMMUNE_CODE_PATTERN },
  status: { default: 'active', allowed: STATUS_FILTERS },
  sort: { default: 'name', allowed: SITE_SORTS },
};

export function SitesListPage() {
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const [params, update] = useListParams(PARAMS);
  const sites = useSites({
    q: params.q || undefined,
    commune: (params.commune || undefined) as CommuneCode | undefined,
    status: params.status as StatusFilter,
    sort: params.sort as SiteSort,
    page: params.page - 1,
    size: LIST_PAGE_SIZE,
  });

  return (
    <>
      <PageHeader
        title={t('sites.title')}
        actions={
          canEdit && (
            <Button component={Link} to="/sites/new">
              {t('sites.new')}
            </Button>
          )
        }
      />
      <FilterGrid
        label={t('filters.label')}
        activeCount={countActive(params, PARAMS)}
        search={<SearchField label={t('filters.search')} value={params.q} onChange={(q) => update({ q })} />}
      >
        <CommuneFilter value={params.commune} onChange={(commune) => update({ commune })} />
        <StatusFilterSelect value={params.status} onChange={(status) => update({ status })} />
        <SortSelect value={params.sort} onChange={(sort) => update({ sort })} sorts={SITE_SORTS} labelPrefix="sort.sites" />
      </FilterGrid>
      {sites.isPending ? (
        <LoadingState />
      ) : sites.isError ? (
        <ErrorState error={sites.error} />
      ) : sites.data.items.length === 0 ? (
        <EmptyState message={t('sites.empty')} />
      ) : (
        <div aria-busy={sites.isFetching}>
          <SitesTable sites={sites.data.items} label={t('sites.title')} />
          <ListPagination
            page={params.page}
            totalPages={sites.data.page.totalPages}
            totalItems={sites.data.page.totalItems}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
