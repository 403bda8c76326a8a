import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, FactList, LoadingState, useIsPhone } from '@/components';
import { formatDate } from '@/lib/dates';
import { useDwellingLeases } from '../api/dwellings';
import type { components } from '@/lib/api';

type DwellingLease = components['schemas']['DwellingLease'];

function LeaseHistory({ leases }: { leases: DwellingLease[] }) {
  const { t, i18n } = useTranslation('places');
  const isPhone = useIsPhone();
  const end = (l: DwellingLease) => (l.endDate ? formatDate(l.endDate, i18n.language) : t('occupancy.ongoing'));
  const name = (l: DwellingLease) => (
    <Anchor component={Link} to={`/households/${l.household.id}`}>
      {l.household.name}
    </Anchor>
  );
  if (isPhone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('occupancy.history')}>
        {leases.map((l) => (
          <Text component="li" key={l.id} size="sm">
            {name(l)} — {formatDate(l.startDate, i18n.language)} – {end(l)}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped verticalSpacing="xs" data-testid="dwelling-leases">
      <Table.Caption>{t('occupancy.history')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('occupancy.household')}</Table.Th>
          <Table.Th scope="col">{t('occupancy.from')}</Table.Th>
          <Table.Th scope="col">{t('occupancy.to')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {leases.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>{name(l)}</Table.Td>
            <Table.Td>{formatDate(l.startDate, i18n.language)}</Table.Td>
            <Table.Td>{end(l)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function OccupantsAndHistory({ dwellingId }: { dwellingId: string }) {
  const { t, i18n } = useTranslation('places');
  const leases = useDwellingLeases(dwellingId, true);
  if (leases.isPending) return <LoadingState />;
  if (leases.isError) return <ErrorState error={leases.error} />;
  const items = leases.data.items;
  const current = items.find((l) => !l.endDate);
  return (
    <Stack gap="sm">
      {current ? (
        <FactList
          facts={[
            {
              label: t('occupancy.current'),
              value: (
                <>
                  <Anchor component={Link} to={`/households/${current.household.id}`}>
                    {current.household.name}
                  </Anchor>{' '}
                  {t('occupancy.since', { date: formatDate(current.startDate, i18n.language) })}
                </>
              ),
            },
          ]}
        />
      ) : (
        <Text>{t('occupancy.vacant')}</Text>
      )}
      {items.length > 0 ? <LeaseHistory leases={items} /> : <Text size="sm">{t('occupancy.noHistory')}</Text>}
    </Stack>
  );
}

/**
 * Who lives in the dwelling. The roles that work with households see the occupant and the lease
 * history; the others (the DPO) see only whether it is occupied. The server enforces the same split.
 */
export function Occupancy({ dwellingId, occupied, canSeeOccupants }: { dwellingId: string; occupied: boolean; canSeeOccupants: boolean }) {
  const { t } = useTranslation('places');
  return (
    <Card withBorder component="section" aria-labelledby="dwelling-occupancy">
      <Title order={2} size="h4" mb="sm" id="dwelling-occupancy">
        {t('occupancy.title')}
      </Title>
      {canSeeOccupants ? (
        <OccupantsAndHistory dwellingId={dwellingId} />
      ) : (
        <Text>{occupied ? t('occupancy.occupied') : t('occupancy.vacant')}</Text>
      )}
    </Card>
  );
}
