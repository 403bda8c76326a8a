import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, ForbiddenState, LoadingState, PageHeader } from '@/components';
import { toDwellingInput, useCreateDwelling, useDwelling, useUpdateDwelling } from '../api/dwellings';
import { UUID_PATTERN, type Dwelling } from '../api/types';
import { DwellingForm, EMPTY_DWELLING_FORM, type DwellingFormDraft } from '../components/DwellingForm';
import { usePlacesPermissions } from '../permissions';

function formValues(dwelling: Dwelling): DwellingFormDraft {
  return {
    siteId: dwelling.siteId,
    buildingId: dwelling.buildingId,
    unit: dwelling.unit,
    floor: dwelling.floor,
    bedrooms: dwelling.bedrooms,
    type: dwelling.type,
  };
}

function uuidParam(searchParams: URLSearchParams, name: string): string {
  const value = searchParams.get(name) ?? '';
  return UUID_PATTERN.test(value) ? value : '';
}

export function DwellingCreatePage() {
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const create = useCreateDwelling();
  if (!canEdit) return <ForbiddenState />;
  const siteId = uuidParam(searchParams, 'siteId');
  const buildingId = siteId ? uuidParam(searchParams, 'buildingId') : '';
  return (
    <>
      <PageHeader title={t('dwellings.new')} />
      <DwellingForm
        defaultValues={{ ...EMPTY_DWELLING_FORM, siteId, buildingId }}
        submitLabel={t('actions.create')}
        cancelTo={buildingId ? `/buildings/${buildingId}` : '/dwellings'}
        submit={async (values) => {
          const dwelling = await create.mutateAsync(toDwellingInput(values));
          navigate(`/dwellings/${dwelling.id}`);
        }}
      />
    </>
  );
}

export function DwellingEditPage() {
  const { dwellingId = '' } = useParams();
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const navigate = useNavigate();
  const dwelling = useDwelling(dwellingId);
  const update = useUpdateDwelling(dwellingId);
  if (!canEdit) return <ForbiddenState />;
  if (dwelling.isPending) return <LoadingState />;
  if (dwelling.isError) return <ErrorState error={dwelling.error} />;
  const { item, etag } = dwelling.data;
  return (
    <>
      <PageHeader title={t('dwellings.edit', { unit: item.unit })} />
      <DwellingForm
        defaultValues={formValues(item)}
        latestValues={formValues(item)}
        current={{ siteName: item.siteName, address: item.address }}
        submitLabel={t('actions.save')}
        cancelTo={`/dwellings/${item.id}`}
        submit={async (values) => {
          await update.mutateAsync({ input: toDwellingInput(values), etag });
          navigate(`/dwellings/${item.id}`);
        }}
      />
    </>
  );
}
