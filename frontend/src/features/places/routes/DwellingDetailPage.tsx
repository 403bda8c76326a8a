import { Anchor, Button, Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, FactList, LoadingState, PageHeader, StatusBadge } from '@/components';
import { useCommuneName } from '../api/communes';
import { useDwelling, useRetireDwelling } from '../api/dwellings';
import { Occupancy } from '../components/Occupancy';
import { RetireAction } from '../components/RetireAction';
import { usePlacesPermissions } from '../permissions';

export function DwellingDetailPage() {
  const { dwellingId = '' } = useParams();
  const { t } = useTranslation('places');
  const { canEdit, canSeeOccupants } = usePlacesPermissions();
  const communeName = useCommuneName();
  const dwelling = useDwelling(dwellingId);
  const retire = useRetireDwelling(dwellingId);

  if (dwelling.isPending) return <LoadingState />;
  if (dwelling.isError) return <ErrorState error={dwelling.error} />;
  const { item, etag } = dwelling.data;
  const editable = canEdit && !item.retiredAt;
  const title = t('dwelling.unitLabel', { unit: item.unit });

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        actions={
          editable && (
            <>
              <Button component={Link} to={`/dwellings/${item.id}/edit`}>
                {t('actions.edit')}
              </Button>
              <RetireAction
                title={t('dwellings.retireTitle', { unit: item.unit })}
                message={t('dwellings.retireMessage')}
                retire={() => retire.mutateAsync(etag)}
              />
            </>
          )
        }
      >
        <StatusBadge retiredAt={item.retiredAt} />
      </PageHeader>
      <Card withBorder component="section" aria-labelledby="dwelling-details">
        <Title order={2} size="h4" mb="sm" id="dwelling-details">
          {t('dwelling.details')}
        </Title>
        <FactList
          facts={[
            { label: t('dwelling.unit'), value: item.unit },
            { label: t('dwelling.type'), value: t(`dwellingTypes.${item.type}`) },
            { label: t('dwelling.floor'), value: item.floor },
            { label: t('dwelling.bedrooms'), value: item.bedrooms },
            {
              label: t('dwelling.building'),
              value: (
                <Anchor component={Link} to={`/buildings/${item.buildingId}`}>
                  {item.address}
                </Anchor>
              ),
            },
            { label: t('building.commune'), value: communeName(item.commune) },
            {
              label: t('dwelling.site'),
              value: (
                <Anchor component={Link} to={`/sites/${item.siteId}`}>
                  {item.siteName}
                </Anchor>
              ),
            },
          ]}
        />
      </Card>
      <Occupancy dwellingId={item.id} occupied={item.occupied} canSeeOccupants={canSeeOccupants} />
    </Stack>
  );
}
