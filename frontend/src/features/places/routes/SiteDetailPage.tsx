import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, FactList, LoadingState, PageHeader, ProblemAlert, StatusBadge } from '@/components';
import { useBuildings } from '../api/buildings';
import { useCommuneName } from '../api/communes';
import { toAssignmentsInput, useRetireSite, useSite, useUpdateSiteAssignments } from '../api/sites';
import { MAX_PAGE_SIZE } from '../api/types';
import { AssignmentsForm } from '../components/AssignmentsForm';
import { RetireAction } from '../components/RetireAction';
import { BuildingsTable } from '../components/tables';
import { usePlacesPermissions } from '../permissions';

export function SiteDetailPage() {
  const { siteId = '' } = useParams();
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const communeName = useCommuneName();
  const site = useSite(siteId);
  const buildings = useBuildings({ siteId, status: 'active', sort: 'address', size: MAX_PAGE_SIZE });
  const retire = useRetireSite(siteId);
  const assign = useUpdateSiteAssignments(siteId);
  const [assigning, setAssigning] = useState(false);

  if (site.isPending) return <LoadingState />;
  if (site.isError) return <ErrorState error={site.error} />;
  const { item, etag } = site.data;
  const editable = canEdit && !item.retiredAt;

  return (
    <Stack gap="lg">
      <PageHeader
        title={item.name}
        actions={
          editable && (
            <>
              <Button component={Link} to={`/sites/${item.id}/edit`}>
                {t('actions.edit')}
              </Button>
              <RetireAction
                title={t('sites.retireTitle', { name: item.name })}
                message={t('sites.retireMessage')}
                retire={() => retire.mutateAsync(etag)}
              />
            </>
          )
        }
      >
        <StatusBadge retiredAt={item.retiredAt} />
      </PageHeader>

      <Card withBorder component="section" aria-labelledby="site-details">
        <Title order={2} size="h4" mb="sm" id="site-details">
          {t('site.details')}
        </Title>
        <FactList
          facts={[
            { label: t('site.description'), value: item.description || '—' },
            { label: t('site.communes'), value: item.communes.map(communeName).join(', ') || '—' },
            { label: t('site.buildingCount'), value: item.buildingCount },
            { label: t('site.dwellingCount'), value: item.dwellingCount },
          ]}
        />
      </Card>

      <Card withBorder component="section" aria-labelledby="site-assignments">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="site-assignments">
            {t('assignments.title')}
          </Title>
          {editable && !assigning && (
            <Button variant="outline" size="xs" onClick={() => setAssigning(true)}>
              {t('assignments.change')}
            </Button>
          )}
        </Group>
        {assigning ? (
          <AssignmentsForm
            site={item}
            onCancel={() => setAssigning(false)}
            submit={async (values) => {
              await assign.mutateAsync({ input: toAssignmentsInput(values), etag });
              setAssigning(false);
            }}
          />
        ) : (
          <FactList
            facts={[
              {
                label: t('site.referentSocialWorker'),
                value: item.referentSocialWorker?.displayName ?? t('site.unassigned'),
              },
              { label: t('site.collectiveWorker'), value: item.collectiveWorker?.displayName ?? t('site.unassigned') },
            ]}
          />
        )}
      </Card>

      <section aria-labelledby="site-buildings">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="site-buildings">
            {t('buildings.title')}
          </Title>
          <Group gap="xs">
            {editable && (
              <Button variant="outline" size="xs" component={Link} to={`/buildings/new?siteId=${item.id}`}>
                {t('buildings.new')}
              </Button>
            )}
          </Group>
        </Group>
        {buildings.isPending ? (
          <LoadingState />
        ) : buildings.isError ? (
          <ProblemAlert error={buildings.error} />
        ) : buildings.data.items.length === 0 ? (
          <EmptyState message={t('buildings.emptyForSite')} />
        ) : (
          <>
            <BuildingsTable
              buildings={buildings.data.items}
              label={t('buildings.ofSite', { name: item.name })}
              showSite={false}
              headingOrder={3}
            />
            {buildings.data.page.totalPages > 1 && (
              <Text mt="sm">
                <Anchor component={Link} to={`/buildings?siteId=${item.id}`}>
                  {t('buildings.seeAll')}
                </Anchor>
              </Text>
            )}
          </>
        )}
      </section>
    </Stack>
  );
}
