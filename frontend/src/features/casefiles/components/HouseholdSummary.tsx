import { Anchor, Card, Group, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FactList, type Fact } from '@/components';
import type { CaseFileHousehold } from '../api/types';

/** The phone number as a tel: link (digits and a leading + only). */
function PhoneLink({ phone }: { phone: string }) {
  return <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor>;
}

/**
 * The household on top of its case file: who they are, where they live, how to reach them and in
 * which language, so that the worker does not have to leave the file to find it.
 */
export function HouseholdSummary({ household }: { household: CaseFileHousehold }) {
  const { t } = useTranslation('casefiles');
  const reference = household.members.find((m) => m.role === 'reference-tenant') ?? household.members[0];
  const phones = household.members.filter((m) => m.phone);
  const facts: Fact[] = [
    { label: t('summary.address'), value: household.dwelling?.address ?? t('summary.noDwelling') },
    {
      label: t('summary.dwelling'),
      value: household.dwelling
        ? t('summary.dwellingValue', { unit: household.dwelling.unit, site: household.dwelling.siteName })
        : '—',
    },
    {
      label: t('summary.phone'),
      value:
        phones.length === 0 ? (
          t('summary.noPhone')
        ) : (
          <List listStyleType="none" spacing={2} size="sm">
            {phones.map((m) => (
              <List.Item key={m.id}>
                <PhoneLink phone={m.phone ?? ''} />
                {phones.length > 1 && ` (${m.firstName})`}
              </List.Item>
            ))}
          </List>
        ),
    },
    {
      label: t('summary.language'),
      value: reference ? t(`summary.languages.${reference.preferredLanguage}`) : '—',
    },
    {
      label: t('summary.members'),
      value: (
        <List listStyleType="none" spacing={2} size="sm">
          {household.members.map((m) => (
            <List.Item key={m.id}>
              {`${m.firstName} ${m.lastName} (${t(`summary.roles.${m.role}`)})`}
            </List.Item>
          ))}
        </List>
      ),
    },
    ...(household.externalRef ? [{ label: t('summary.tenantNumber'), value: household.externalRef }] : []),
  ];
  return (
    <Card withBorder component="section" aria-labelledby="case-household">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="case-household">
          {t('summary.title')} — {household.name}
        </Title>
        <Anchor component={Link} to={`/households/${household.id}`} size="sm">
          {t('summary.householdPage')}
        </Anchor>
      </Group>
      <FactList facts={facts} />
    </Card>
  );
}
