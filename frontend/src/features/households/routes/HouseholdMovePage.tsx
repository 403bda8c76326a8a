import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, ForbiddenState, LoadingState, PageHeader } from '@/components';
import { useHousehold, useStartLease } from '../api/households';
import { MoveForm } from '../components/MoveForm';
import { useHouseholdPermissions } from '../permissions';

export function HouseholdMovePage() {
  const { householdId = '' } = useParams();
  const { t } = useTranslation('households');
  const { canEdit } = useHouseholdPermissions();
  const navigate = useNavigate();
  const household = useHousehold(householdId);
  const startLease = useStartLease(householdId);
  if (!canEdit) return <ForbiddenState />;
  if (household.isPending) return <LoadingState />;
  if (household.isError) return <ErrorState error={household.error} />;
  const { item, etag } = household.data;
  const current = item.currentLease?.dwelling;
  return (
    <Stack gap="md">
      <PageHeader title={t('move.title', { name: item.name })} />
      <Alert variant="outline" color="blue.9" maw={640}>
        {current
          ? t('move.explanation', { address: `${current.address} · ${t('dwelling.unitLabel', { unit: current.unit })}` })
          : t('move.explanationNoLease')}
      </Alert>
      <MoveForm
        currentDwellingId={current?.id}
        cancelTo={`/households/${item.id}`}
        submit={async (values) => {
          await startLease.mutateAsync({ input: { dwellingId: values.dwellingId, startDate: values.startDate }, etag });
          navigate(`/households/${item.id}`);
        }}
      />
    </Stack>
  );
}
