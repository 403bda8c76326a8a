import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveList, StatusBadge, type Column } from '@/components';
import { useCommuneName } from '../api/communes';
import type { Building, Dwelling, SiteSummary } from '../api/types';
import { buildingTitle, fullAddress } from './format';

function SiteLink({ site }: { site: Pick<SiteSummary, 'id' | 'name' | 'retiredAt'> }) {
  return (
    <>
      <Anchor component={Link} to={`/sites/${site.id}`}>
        {site.name}
      </Anchor>
      <StatusBadge retiredAt={site.retiredAt} />
    </>
  );
}

export function SitesTable({ sites, label }: { sites: SiteSummary[]; label: string }) {
  const { t } = useTranslation('places');
  const communeName = useCommuneName();
  return (
    <ResponsiveList
      label={label}
      rows={sites}
      rowKey={(s) => s.id}
      title={(s) => <SiteLink site={s} />}
      columns={[
        { header: t('site.name'), cell: (s) => <SiteLink site={s} /> },
        { header: t('site.communes'), cell: (s) => s.communes.map(communeName).join(', ') || '—' },
        { header: t('site.buildingCount'), cell: (s) => s.buildingCount, numeric: true },
        { header: t('site.dwellingCount'), cell: (s) => s.dwellingCount, numeric: true },
        {
          header: t('site.referentSocialWorker'),
          cell: (s) => s.referentSocialWorker?.displayName ?? t('site.unassigned'),
        },
      ]}
    />
  );
}

function BuildingLink({ building }: { building: Building }) {
  return (
    <>
      <Anchor component={Link} to={`/buildings/${building.id}`}>
        {buildingTitle(building)}
      </Anchor>
      <StatusBadge retiredAt={building.retiredAt} />
    </>
  );
}

export function BuildingsTable({
  buildings,
  label,
  showSite = true,
  headingOrder,
}: {
  buildings: Building[];
  label: string;
  showSite?: boolean;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation('places');
  const communeName = useCommuneName();
  const columns: Column<Building>[] = [
    { header: t('building.building'), cell: (b) => <BuildingLink building={b} /> },
    { header: t('building.address'), cell: (b) => fullAddress(b) },
    { header: t('building.commune'), cell: (b) => communeName(b.commune) },
  ];
  if (showSite) {
    columns.push({
      header: t('building.site'),
      cell: (b) => (
        <Anchor component={Link} to={`/sites/${b.siteId}`}>
          {b.siteName}
        </Anchor>
      ),
    });
  }
  columns.push({ header: t('building.dwellingCount'), cell: (b) => b.dwellingCount, numeric: true });
  return (
    <ResponsiveList
      label={label}
      rows={buildings}
      rowKey={(b) => b.id}
      title={(b) => <BuildingLink building={b} />}
      columns={columns}
      headingOrder={headingOrder}
    />
  );
}

function DwellingLink({ dwelling }: { dwelling: Dwelling }) {
  const { t } = useTranslation('places');
  return (
    <>
      <Anchor component={Link} to={`/dwellings/${dwelling.id}`}>
        {t('dwelling.unitLabel', { unit: dwelling.unit })}
      </Anchor>
      <StatusBadge retiredAt={dwelling.retiredAt} />
    </>
  );
}

export function DwellingsTable({
  dwellings,
  label,
  showAddress = true,
  headingOrder,
}: {
  dwellings: Dwelling[];
  label: string;
  showAddress?: boolean;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation('places');
  const columns: Column<Dwelling>[] = [{ header: t('dwelling.unit'), cell: (d) => <DwellingLink dwelling={d} /> }];
  if (showAddress) {
    columns.push(
      { header: t('dwelling.address'), cell: (d) => d.address },
      {
        header: t('dwelling.site'),
        cell: (d) => (
          <Anchor component={Link} to={`/sites/${d.siteId}`}>
            {d.siteName}
          </Anchor>
        ),
      },
    );
  }
  columns.push(
    { header: t('dwelling.type'), cell: (d) => t(`dwellingTypes.${d.type}`) },
    { header: t('dwelling.floor'), cell: (d) => d.floor, numeric: true },
    { header: t('dwelling.bedrooms'), cell: (d) => d.bedrooms, numeric: true },
  );
  return (
    <ResponsiveList
      label={label}
      rows={dwellings}
      rowKey={(d) => d.id}
      title={(d) => <DwellingLink dwelling={d} />}
      columns={columns}
      headingOrder={headingOrder}
    />
  );
}
