import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, FactList, LoadingState, PageHeader, useIsPhone } from '@/components';
import { formatDate } from '@/lib/dates';
import { useHousehold } from '../api/households';
import type { Household, Lease, Member } from '../api/types';
import { FollowUpBadge } from '../components/FollowUpBadge';
import { useHouseholdPermissions } from '../permissions';

/** What the app adds to the household page from other features (the case files, for the social service). */
export interface HouseholdPageSlots {
  caseFiles?: (household: Pick<Household, 'id' | 'name'>) => ReactNode;
}

function MemberCard({ member }: { member: Member }) {
  const { t, i18n } = useTranslation('households');
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <Card component="li" withBorder padding="sm">
      <Group gap="xs" mb={4}>
        <Title order={3} size="h5">
          {name}
        </Title>
        <Badge variant="outline" color={member.role === 'reference-tenant' ? 'blue.9' : 'gray.8'} tt="none">
          {t(`roles.${member.role}`)}
        </Badge>
      </Group>
      <FactList
        facts={[
          {
            label: t('member.phone'),
            value: member.phone ? (
              <Anchor href={`tel:${member.phone.replace(/[^+0-9]/g, '')}`}>{member.phone}</Anchor>
            ) : (
              '—'
            ),
          },
          {
            label: t('member.email'),
            value: member.email ? (
              <Anchor href={`mailto:${member.email}`} style={{ overflowWrap: 'anywhere' }}>
                {member.email}
              </Anchor>
            ) : (
              '—'
            ),
          },
          { label: t('member.preferredLanguage'), value: t(`languages.${member.preferredLanguage}`) },
          { label: t('member.birthDate'), value: formatDate(member.birthDate, i18n.language) },
        ]}
      />
    </Card>
  );
}

function LeaseHistory({ leases }: { leases: Lease[] }) {
  const { t, i18n } = useTranslation('households');
  const isPhone = useIsPhone();
  const period = (l: Lease) =>
    l.endDate
      ? t('lease.period', { start: formatDate(l.startDate, i18n.language), end: formatDate(l.endDate, i18n.language) })
      : t('lease.since', { start: formatDate(l.startDate, i18n.language) });
  if (isPhone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('lease.history')}>
        {leases.map((l) => (
          <Text component="li" key={l.id} size="sm">
            {`${l.dwelling.address} · ${t('dwelling.unitLabel', { unit: l.dwelling.unit })} (${l.dwelling.siteName}) — ${period(l)}`}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped aria-label={t('lease.history')} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('household.dwelling')}</Table.Th>
          <Table.Th scope="col">{t('household.site')}</Table.Th>
          <Table.Th scope="col">{t('lease.start')}</Table.Th>
          <Table.Th scope="col">{t('lease.end')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {leases.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>{`${l.dwelling.address} · ${t('dwelling.unitLabel', { unit: l.dwelling.unit })}`}</Table.Td>
            <Table.Td>{l.dwelling.siteName}</Table.Td>
            <Table.Td>{formatDate(l.startDate, i18n.language)}</Table.Td>
            <Table.Td>{l.endDate ? formatDate(l.endDate, i18n.language) : t('lease.current')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function HouseholdDetailPage({ slots = {} }: { slots?: HouseholdPageSlots }) {
  const { householdId = '' } = useParams();
  const { t, i18n } = useTranslation('households');
  const { canEdit } = useHouseholdPermissions();
  const household = useHousehold(householdId);

  if (household.isPending) return <LoadingState />;
  if (household.isError) return <ErrorState error={household.error} />;
  const { item } = household.data;
  const lease = item.currentLease;

  return (
    <Stack gap="lg">
      <PageHeader
        title={item.name}
        actions={
          canEdit && (
            <>
              <Button component={Link} to={`/households/${item.id}/edit`}>
                {t('detail.edit')}
              </Button>
              <Button component={Link} to={`/households/${item.id}/move`} variant="outline">
                {t('detail.recordMove')}
              </Button>
            </>
          )
        }
      >
        <Group gap="xs" mt={4}>
          <FollowUpBadge followUp={item.socialFollowUp} />
          {item.externalRef && <Text size="sm">{t('household.externalRefValue', { ref: item.externalRef })}</Text>}
        </Group>
      </PageHeader>

      <Card withBorder component="section" aria-labelledby="household-dwelling">
        <Title order={2} size="h4" mb="sm" id="household-dwelling">
          {t('detail.currentDwelling')}
        </Title>
        {lease ? (
          <FactList
            facts={[
              { label: t('dwelling.address'), value: lease.dwelling.address },
              { label: t('dwelling.unit'), value: lease.dwelling.unit },
              { label: t('household.site'), value: lease.dwelling.siteName },
              { label: t('lease.start'), value: formatDate(lease.startDate, i18n.language) },
            ]}
          />
        ) : (
          <Text>{t('household.noDwelling')}</Text>
        )}
      </Card>

      <section aria-labelledby="household-members">
        <Title order={2} size="h4" mb="sm" id="household-members">
          {t('members.title')}
        </Title>
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {item.members.map((m) => (
            <MemberCard key={m.id} member={m} />
          ))}
        </Stack>
      </section>

      {slots.caseFiles?.({ id: item.id, name: item.name })}

      <Card withBorder component="section" aria-labelledby="household-leases">
        <Title order={2} size="h4" mb="sm" id="household-leases">
          {t('lease.history')}
        </Title>
        {item.leases.length === 0 ? <Text>{t('lease.none')}</Text> : <LeaseHistory leases={item.leases} />}
      </Card>
    </Stack>
  );
}
