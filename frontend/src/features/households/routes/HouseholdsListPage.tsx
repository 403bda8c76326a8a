import { Button, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, ForbiddenState, ListPagination, LoadingState, PageHeader, SearchField } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useHouseholds, useSiteOptions } from '../api/households';
import { LIST_PAGE_SIZE, UUID_PATTERN } from '../api/types';
import { HouseholdsTable } from '../components/HouseholdsTable';
import { useHouseholdPermissions } from '../permissions';

const PARAMS = {
  q: { default: '' },
  siteId: { default: '', pattern: UUID_PATTERN },
};

export function HouseholdsListPage() {
  const { t } = useTranslation('households');
  const { canRead, canEdit } = useHouseholdPermissions();
  const [params, update] = useListParams(PARAMS);
  const sites = useSiteOptions();
  const households = useHouseholds({
    q: params.q || undefined,
    siteId: params.siteId || undefined,
    page: params.page - 1,
    size: LIST_PAGE_SIZE,
  });
  if (!canRead) return <ForbiddenState />;

  const siteOptions = (sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  if (params.siteId && !siteOptions.some((o) => o.value === params.siteId)) {
    siteOptions.push({ value: params.siteId, label: params.siteId });
  }

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          canEdit && (
            <Button component={Link} to="/households/new">
              {t('list.new')}
            </Button>
          )
        }
      />
      <SimpleGrid role="search" aria-label={t('list.filters')} cols={{ base: 1, sm: 2 }} spacing="sm" mb="md">
        <SearchField
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={params.q}
          onChange={(q) => update({ q })}
        />
        <NativeSelect
          label={t('list.site')}
          value={params.siteId}
          onChange={(e) => update({ siteId: e.currentTarget.value })}
          data={[{ value: '', label: t('list.allSites') }, ...siteOptions]}
        />
      </SimpleGrid>
      {households.isPending ? (
        <LoadingState />
      ) : households.isError ? (
        <ErrorState error={households.error} />
      ) : households.data.items.length === 0 ? (
        <EmptyState message={t('list.empty')} />
      ) : (
        <div aria-busy={households.isFetching}>
          <HouseholdsTable households={households.data.items} label={t('list.title')} />
          <ListPagination
            page={params.page}
            totalPages={households.data.page.totalPages}
            totalItems={households.data.page.totalItems}
            totalCapped={households.data.page.totalCapped}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
