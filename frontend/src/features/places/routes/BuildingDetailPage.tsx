import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, FactList, LoadingState, PageHeader, ProblemAlert, StatusBadge } from '@/components';
import { useBuilding, useRetireBuilding } from '../api/buildings';
import { useCommuneName } from '../api/communes';
import { useDwellings } from '../api/dwellings';
import { MAX_PAGE_SIZE } from '../api/types';
import { buildingTitle, fullAddress } from '../components/format';
import { RetireAction } from '../components/RetireAction';
import { DwellingsTable } from '../components/tables';
import { usePlacesPermissions } from '../permissions';

export function BuildingDetailPage() {
  const { buildingId = '' } = useParams();
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const communeName = useCommuneName();
  const building = useBuilding(buildingId);
  const dwellings = useDwellings({ buildingId, status: 'active', sort: 'unit', size: MAX_PAGE_SIZE });
  const retire = useRetireBuilding(buildingId);

  if (building.isPending) return <LoadingState />;
  if (building.isError) return <ErrorState error={building.error} />;
  const { item, etag } = building.data;
  const editable = canEdit && !item.retiredAt;
  const title = buildingTitle(item);

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        actions={
          editable && (
            <>
              <Button component={Link} to={`/buildings/${item.id}/edit`}>
                {t('actions.edit')}
              </Button>
              <RetireAction
                title={t('buildings.retireTitle', { name: title })}
                message={t('buildings.retireMessage')}
                retire={() => retire.mutateAsync(etag)}
              />
            </>
          )
        }
      >
        <StatusBadge retiredAt={item.retiredAt} />
      </PageHeader>

      <Card withBorder component="section" aria-labelledby="building-details">
        <Title order={2} size="h4" mb="sm" id="building-details">
          {t('building.details')}
        </Title>
        <FactList
          facts={[
            { label: t('building.name'), value: item.name || '—' },
            { label: t('building.address'), value: fullAddress(item) },
            { label: t('building.commune'), value: communeName(item.commune) },
            {
              label: t('building.site'),
              value: (
                <Anchor component={Link} to={`/sites/${item.siteId}`}>
                  {item.siteName}
                </Anchor>
              ),
            },
            { label: t('building.dwellingCount'), value: item.dwellingCount },
          ]}
        />
      </Card>

      <section aria-labelledby="building-dwellings">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="building-dwellings">
            {t('dwellings.title')}
          </Title>
          {editable && (
            <Button
              variant="outline"
              size="xs"
              component={Link}
              to={`/dwellings/new?siteId=${item.siteId}&buildingId=${item.id}`}
            >
              {t('dwellings.new')}
            </Button>
          )}
        </Group>
        {dwellings.isPending ? (
          <LoadingState />
        ) : dwellings.isError ? (
          <ProblemAlert error={dwellings.error} />
        ) : dwellings.data.items.length === 0 ? (
          <EmptyState message={t('dwellings.emptyForBuilding')} />
        ) : (
          <>
            <DwellingsTable
              dwellings={dwellings.data.items}
              label={t('dwellings.ofBuilding', { name: title })}
              showAddress={false}
              headingOrder={3}
            />
            {dwellings.data.page.totalPages > 1 && (
              <Text mt="sm">
                <Anchor component={Link} to={`/dwellings?siteId=${item.siteId}&buildingId=${item.id}`}>
                  {t('dwellings.seeAll')}
                </Anchor>
              </Text>
            )}
          </>
        )}
      </section>
    </Stack>
  );
}
