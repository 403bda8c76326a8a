import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, ForbiddenState, LoadingState, PageHeader } from '@/components';
import {
  toHouseholdFormValues,
  toHouseholdInput,
  toNewHouseholdInput,
  useCreateHousehold,
  useHousehold,
  useUpdateHousehold,
} from '../api/households';
import { HouseholdForm, newHouseholdForm } from '../components/HouseholdForm';
import { useHouseholdPermissions } from '../permissions';

export function HouseholdCreatePage() {
  const { t } = useTranslation('households');
  const { canEdit } = useHouseholdPermissions();
  const navigate = useNavigate();
  const create = useCreateHousehold();
  const [defaults] = useState(newHouseholdForm);
  if (!canEdit) return <ForbiddenState />;
  return (
    <>
      <PageHeader title={t('form.newTitle')} />
      <HouseholdForm
        defaultValues={defaults}
        submitLabel={t('form.create')}
        cancelTo="/households"
        submit={async (values) => {
          const household = await create.mutateAsync(toNewHouseholdInput(values));
          navigate(`/households/${household.id}`);
        }}
      />
    </>
  );
}

export function HouseholdEditPage() {
  const { householdId = '' } = useParams();
  const { t } = useTranslation('households');
  const { canEdit } = useHouseholdPermissions();
  const navigate = useNavigate();
  const household = useHousehold(householdId);
  const update = useUpdateHousehold(householdId);
  if (!canEdit) return <ForbiddenState />;
  if (household.isPending) return <LoadingState />;
  if (household.isError) return <ErrorState error={household.error} />;
  const { item, etag } = household.data;
  return (
    <>
      <PageHeader title={t('form.editTitle', { name: item.name })} />
      <HouseholdForm
        defaultValues={toHouseholdFormValues(item)}
        latestValues={toHouseholdFormValues(item)}
        submitLabel={t('form.save')}
        cancelTo={`/households/${item.id}`}
        submit={async (values) => {
          await update.mutateAsync({ input: toHouseholdInput(values), etag });
          navigate(`/households/${item.id}`);
        }}
      />
    </>
  );
}
