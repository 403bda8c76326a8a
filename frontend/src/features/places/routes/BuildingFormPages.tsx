import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, ForbiddenState, LoadingState, PageHeader } from '@/components';
import {
  toBuildingInput,
  useBuilding,
  useCreateBuilding,
  useUpdateBuilding,
  type BuildingFormValues,
} from '../api/buildings';
import { UUID_PATTERN, type Building } from '../api/types';
import { BuildingForm, EMPTY_BUILDING_FORM } from '../components/BuildingForm';
import { buildingTitle } from '../components/format';
import { usePlacesPermissions } from '../permissions';

function formValues(building: Building): BuildingFormValues {
  return {
    siteId: building.siteId,
    name: building.name ?? '',
    street: building.street,
    number: building.number,
    postcode: building.postcode,
    commune: building.commune,
  };
}

export function BuildingCreatePage() {
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const create = useCreateBuilding();
  if (!canEdit) return <ForbiddenState />;
  const siteId = searchParams.get('siteId') ?? '';
  const fromSite = UUID_PATTERN.test(siteId) ? siteId : '';
  return (
    <>
      <PageHeader title={t('buildings.new')} />
      <BuildingForm
        defaultValues={{ ...EMPTY_BUILDING_FORM, siteId: fromSite }}
        submitLabel={t('actions.create')}
        cancelTo={fromSite ? `/sites/${fromSite}` : '/buildings'}
        submit={async (values) => {
          const building = await create.mutateAsync(toBuildingInput(values));
          navigate(`/buildings/${building.id}`);
        }}
      />
    </>
  );
}

export function BuildingEditPage() {
  const { buildingId = '' } = useParams();
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const navigate = useNavigate();
  const building = useBuilding(buildingId);
  const update = useUpdateBuilding(buildingId);
  if (!canEdit) return <ForbiddenState />;
  if (building.isPending) return <LoadingState />;
  if (building.isError) return <ErrorState error={building.error} />;
  const { item, etag } = building.data;
  return (
    <>
      <PageHeader title={t('buildings.edit', { name: buildingTitle(item) })} />
      <BuildingForm
        defaultValues={formValues(item)}
        latestValues={formValues(item)}
        currentSiteName={item.siteName}
        submitLabel={t('actions.save')}
        cancelTo={`/buildings/${item.id}`}
        submit={async (values) => {
          await update.mutateAsync({ input: toBuildingInput(values), etag });
          navigate(`/buildings/${item.id}`);
        }}
      />
    </>
  );
}
