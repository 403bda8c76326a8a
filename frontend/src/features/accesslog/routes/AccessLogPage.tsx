import { Anchor, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  EmptyState,
  ErrorState,
  ForbiddenState,
  ListPagination,
  LoadingState,
  PageHeader,
  ProblemAlert,
  ResponsiveList,
} from '@/components';
import { ACCESS_LOG_ROLES, hasAnyRole, useCurrentUser } from '@/lib/auth';
import { endOfDayIso, formatDateTime, startOfDayIso } from '@/lib/dates';
import { useListParams } from '@/lib/url/useListParams';
import {
  DATE_PATTERN,
  LIST_PAGE_SIZE,
  UUID_PATTERN,
  useAccessLog,
  useAllStaff,
  type AccessLogEntry,
} from '../api/accessLog';
import { IdFilter } from '../components/IdFilter';

const PARAMS = {
  actorId: { default: '', pattern: UUID_PATTERN },
  householdId: { default: '', pattern: UUID_PATTERN },
  from: { default: '', pattern: DATE_PATTERN },
  to: { default: '', pattern: DATE_PATTERN },
};

const shortId = (id: string) => id.slice(0, 8);

/** Who read or changed which case file, when, from where and why: for the DPO and the head of service. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation('accesslog');
  const user = useCurrentUser();
  const allowed = hasAnyRole(user.roles, ACCESS_LOG_ROLES);
  const isManager = user.roles.includes('service-manager');
  const [params, update] = useListParams(PARAMS);
  const staff = useAllStaff(isManager);
  const log = useAccessLog(
    {
      actorId: params.actorId || undefined,
      householdId: params.householdId || undefined,
      from: params.from ? startOfDayIso(params.from) : undefined,
      to: params.to ? endOfDayIso(params.to) : undefined,
      page: params.page - 1,
      size: LIST_PAGE_SIZE,
    },
    allowed,
  );
  if (!allowed) return <ForbiddenState />;

  const staffOptions = (staff.data?.items ?? [])
    .map((s) => ({ value: s.id, label: s.displayName }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (params.actorId && !staffOptions.some((o) => o.value === params.actorId)) {
    staffOptions.push({ value: params.actorId, label: params.actorId });
  }
  const recordType = (type: string) => (i18n.exists(`accesslog:recordTypes.${type}`) ? t(`recordTypes.${type}`) : type);

  const householdCell = (e: AccessLogEntry) =>
    e.householdId ? (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => update({ householdId: e.householdId })}
        aria-label={t('table.filterHousehold', { id: e.householdId })}
        title={e.householdId}
      >
        {shortId(e.householdId)}
      </Anchor>
    ) : (
      '—'
    );

  return (
    <>
      <PageHeader title={t('title')} />
      <Text size="sm" mb="md">
        {t('intro')}
      </Text>
      <SimpleGrid role="search" aria-label={t('filters.label')} cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" mb="md">
        {isManager && !staff.isError ? (
          <NativeSelect
            label={t('filters.actor')}
            value={params.actorId}
            onChange={(e) => update({ actorId: e.currentTarget.value })}
            data={[{ value: '', label: t('filters.allActors') }, ...staffOptions]}
          />
        ) : (
          <IdFilter label={t('filters.actorId')} value={params.actorId} onChange={(actorId) => update({ actorId })} />
        )}
        <IdFilter
          label={t('filters.householdId')}
          value={params.householdId}
          onChange={(householdId) => update({ householdId })}
        />
        <TextInput
          type="date"
          label={t('filters.from')}
          value={params.from}
          max={params.to || undefined}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('filters.to')}
          value={params.to}
          min={params.from || undefined}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
      </SimpleGrid>
      {staff.isError && <ProblemAlert error={staff.error} />}
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} />
      ) : log.data.items.length === 0 ? (
        <EmptyState message={t('empty')} />
      ) : (
        <div aria-busy={log.isFetching}>
          <ResponsiveList
            label={t('table.label')}
            rows={log.data.items}
            rowKey={(e) => String(e.id)}
            title={(e) => formatDateTime(e.at, i18n.language)}
            columns={[
              { header: t('table.at'), cell: (e) => formatDateTime(e.at, i18n.language) },
              { header: t('table.actor'), cell: (e) => e.actor.displayName },
              { header: t('table.action'), cell: (e) => t(`actions.${e.action}`) },
              {
                header: t('table.record'),
                cell: (e) => (
                  <span title={e.recordId}>{`${recordType(e.recordType)} ${shortId(e.recordId)}`}</span>
                ),
              },
              { header: t('table.household'), cell: householdCell },
              { header: t('table.reason'), cell: (e) => e.reason ?? '—' },
              { header: t('table.clientAddress'), cell: (e) => e.clientAddress ?? '—' },
            ]}
          />
          <ListPagination
            page={params.page}
            totalPages={log.data.page.totalPages}
            totalItems={log.data.page.totalItems}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
