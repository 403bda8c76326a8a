import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, ForbiddenState, LoadingState, PageHeader } from '@/components';
import { toSiteInput, useCreateSite, useSite, useUpdateSite, type SiteFormValues } from '../api/sites';
import type { Site } from '../api/types';
import { EMPTY_SITE_FORM, SiteForm } from '../components/SiteForm';
import { usePlacesPermissions } from '../permissions';

function formValues(site: Site): SiteFormValues {
  return { name: site.name, description: site.description ?? '' };
}

export function SiteCreatePage() {
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const navigate = useNavigate();
  const create = useCreateSite();
  if (!canEdit) return <ForbiddenState />;
  return (
    <>
      <PageHeader title={t('sites.new')} />
      <SiteForm
        defaultValues={EMPTY_SITE_FORM}
        submitLabel={t('actions.create')}
        cancelTo="/sites"
        submit={async (values) => {
          const site = await create.mutateAsync(toSiteInput(values));
          navigate(`/sites/${site.id}`);
        }}
      />
    </>
  );
}

export function SiteEditPage() {
  const { siteId = '' } = useParams();
  const { t } = useTranslation('places');
  const { canEdit } = usePlacesPermissions();
  const navigate = useNavigate();
  const site = useSite(siteId);
  const update = useUpdateSite(siteId);
  if (!canEdit) return <ForbiddenState />;
  if (site.isPending) return <LoadingState />;
  if (site.isError) return <ErrorState error={site.error} />;
  const { item, etag } = site.data;
  return (
    <>
      <PageHeader title={t('sites.edit', { name: item.name })} />
      <SiteForm
        defaultValues={formValues(item)}
        latestValues={formValues(item)}
        submitLabel={t('actions.save')}
        cancelTo={`/sites/${item.id}`}
        submit={async (values) => {
          await update.mutateAsync({ input: toSiteInput(values), etag });
          navigate(`/sites/${item.id}`);
        }}
      />
    </>
  );
}
