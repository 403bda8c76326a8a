import { Alert, Anchor, Button, CloseButton, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  EmptyState,
  ErrorState,
  ForbiddenState,
  HouseholdPicker,
  ListPagination,
  LoadingState,
  PageHeader,
  ProblemAlert,
  ResponsiveList,
} from '@/components';
import { ACCESS_LOG_ROLES, hasAnyRole, useCurrentUser } from '@/lib/auth';
import { endOfDayIso, formatDate, formatDateTime, formatTime, startOfDayIso } from '@/lib/dates';
import { useListParams } from '@/lib/url/useListParams';
import {
  DATE_PATTERN,
  LIST_PAGE_SIZE,
  UUID_PATTERN,
  useAccessLog,
  useAccessLogExport,
  useAllStaff,
  type AccessLogEntry,
} from '../api/accessLog';

const PARAMS = {
  actorId: { default: '', pattern: UUID_PATTERN },
  householdId: { default: '', pattern: UUID_PATTERN },
  from: { default: '', pattern: DATE_PATTERN },
  to: { default: '', pattern: DATE_PATTERN },
};

/** "Consultation : dossier social, historique des contacts (2); Ajout : contact" */
export function describeAccesses(entry: AccessLogEntry, t: TFunction<'accesslog'>): string {
  const byAction = new Map<string, string[]>();
  for (const access of entry.accesses) {
    const record = t(`recordTypes.${access.recordType}`);
    const records = byAction.get(access.action) ?? [];
    records.push(access.count > 1 ? t('table.count', { record, count: access.count }) : record);
    byAction.set(access.action, records);
  }
  return [...byAction]
    .map(([action, records]) => t('table.accesses', { action: t(`actions.${action}`), records: records.join(', ') }))
    .join('; ');
}

/** Who read or changed which case file, when, from where and why: for the DPO and the head of service. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation('accesslog');
  const user = useCurrentUser();
  const allowed = hasAnyRole(user.roles, ACCESS_LOG_ROLES);
  const isManager = user.roles.includes('service-manager');
  const [params, update] = useListParams(PARAMS);
  const staff = useAllStaff(isManager);
  const filters = {
    actorId: params.actorId || undefined,
    householdId: params.householdId || undefined,
    from: params.from ? startOfDayIso(params.from) : undefined,
    to: params.to ? endOfDayIso(params.to) : undefined,
  };
  const log = useAccessLog({ ...filters, page: params.page - 1, size: LIST_PAGE_SIZE }, allowed);
  const exporting = useAccessLogExport();
  if (!allowed) return <ForbiddenState />;

  const staffOptions = (staff.data?.items ?? [])
    .map((s) => ({ value: s.id, label: s.displayName }))
    .sort((a, b) => a.label.localeCompare(b.label));
  // The chosen person's name, from the staff list or from the log's own rows (the DPO has no staff list).
  const actorName =
    staffOptions.find((o) => o.value === params.actorId)?.label ??
    log.data?.items.find((e) => e.actor.id === params.actorId)?.actor.displayName;

  const at = (e: AccessLogEntry) =>
    e.lastAt
      ? t('table.until', {
          from: formatDateTime(e.at, i18n.language),
          to: formatTime(e.lastAt, i18n.language),
        })
      : formatDateTime(e.at, i18n.language);

  const actorCell = (e: AccessLogEntry) =>
    e.actor.id === params.actorId ? (
      e.actor.displayName
    ) : (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => update({ actorId: e.actor.id })}
        title={t('table.filterActor', { name: e.actor.displayName })}
      >
        {e.actor.displayName}
      </Anchor>
    );

  const householdCell = (e: AccessLogEntry) => {
    if (!e.household) return '—';
    if (e.household.anonymised || !e.household.name) return t('table.anonymisedHousehold');
    const { id, name } = e.household;
    return id === params.householdId ? (
      name
    ) : (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => update({ householdId: id })}
        title={t('table.filterHousehold', { name })}
      >
        {name}
      </Anchor>
    );
  };

  const caseFileCell = (e: AccessLogEntry) => {
    if (!e.caseFile) return '—';
    if (e.caseFile.anonymised) return t('table.anonymisedFile');
    if (e.caseFile.reference) return e.caseFile.reference;
    return e.caseFile.openedOn ? t('table.openedOn', { date: formatDate(e.caseFile.openedOn, i18n.language) }) : '—';
  };

  const reason = (e: AccessLogEntry) => (e.reasonCode ? t(`reasonCodes.${e.reasonCode}`) : (e.reason ?? '—'));

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <Button
            variant="default"
            loading={exporting.isPending}
            onClick={() => exporting.mutate(filters)}
          >
            {t('export.button')}
          </Button>
        }
      />
      <Text size="sm" mb="md">
        {t('intro')}
      </Text>
      {exporting.isError && <ProblemAlert error={exporting.error} />}
      {exporting.isSuccess && (
        <Alert color="green" mb="md" role="status">
          {t('export.done', { name: exporting.data })}
        </Alert>
      )}
      <SimpleGrid role="search" aria-label={t('filters.label')} cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" mb="md">
        {isManager && !staff.isError ? (
          <NativeSelect
            label={t('filters.actor')}
            value={params.actorId}
            onChange={(e) => update({ actorId: e.currentTarget.value })}
            data={[
              { value: '', label: t('filters.allActors') },
              ...staffOptions,
              ...(params.actorId && !staffOptions.some((o) => o.value === params.actorId)
                ? [{ value: params.actorId, label: actorName ?? '…' }]
                : []),
            ]}
          />
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500} component="span">
              {t('filters.actor')}
            </Text>
            {params.actorId ? (
              <Group gap={4} wrap="nowrap">
                <Text size="sm">{actorName ?? '…'}</Text>
                <CloseButton
                  size="sm"
                  aria-label={t('filters.actorClear', { name: actorName ?? '' })}
                  onClick={() => update({ actorId: '' })}
                />
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('filters.actorHint')}
              </Text>
            )}
          </Stack>
        )}
        <HouseholdPicker
          label={t('filters.household')}
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
            title={at}
            columns={[
              { header: t('table.at'), cell: at },
              { header: t('table.actor'), cell: actorCell },
              { header: t('table.what'), cell: (e) => describeAccesses(e, t) },
              { header: t('table.household'), cell: householdCell },
              { header: t('table.caseFile'), cell: caseFileCell },
              { header: t('table.reason'), cell: reason },
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
