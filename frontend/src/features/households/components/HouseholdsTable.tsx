import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveList } from '@/components';
import type { HouseholdSummary } from '../api/types';
import { FollowUpBadge } from './FollowUpBadge';

function HouseholdLink({ household }: { household: HouseholdSummary }) {
  return (
    <Anchor component={Link} to={`/households/${household.id}`}>
      {household.name}
    </Anchor>
  );
}

export function HouseholdsTable({ households, label }: { households: HouseholdSummary[]; label: string }) {
  const { t } = useTranslation('households');
  return (
    <ResponsiveList
      label={label}
      rows={households}
      rowKey={(h) => h.id}
      title={(h) => <HouseholdLink household={h} />}
      columns={[
        { header: t('household.name'), cell: (h) => <HouseholdLink household={h} /> },
        {
          header: t('household.dwelling'),
          cell: (h) =>
            h.dwelling ? `${h.dwelling.address} · ${t('dwelling.unitLabel', { unit: h.dwelling.unit })}` : t('household.noDwelling'),
        },
        { header: t('household.site'), cell: (h) => h.dwelling?.siteName ?? '—' },
        { header: t('household.memberCount'), cell: (h) => h.memberCount, numeric: true },
        {
          header: t('followUp.title'),
          cell: (h) => (h.socialFollowUp.active ? <FollowUpBadge followUp={h.socialFollowUp} /> : t('followUp.none')),
        },
      ]}
    />
  );
}
