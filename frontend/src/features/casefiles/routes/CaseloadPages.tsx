import { Box, NativeSelect, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, ForbiddenState, ListPagination, LoadingState, PageHeader } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useCaseFileCounts, useCaseFiles } from '../api/caseFiles';
import { useCaseloads } from '../api/caseloads';
import { CASE_FILE_STATUSES, LIST_PAGE_SIZE, UUID_PATTERN, type CaseFileStatus } from '../api/types';
import { CaseFilesTable } from '../components/CaseFilesTable';
import { CaseloadTable } from '../components/CaseloadTable';
import { StatusCounts } from '../components/StatusCounts';
import { ManagerAlerts } from '../components/ManagerAlerts';
import { useCaseFilePermissions } from '../permissions';

function StatusSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('casefiles');
  return (
    <NativeSelect
      label={t('list.status')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('list.allStatuses') },
        ...CASE_FILE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
      ]}
    />
  );
}

const MINE_PARAMS = {
  status: { default: '', allowed: CASE_FILE_STATUSES },
};

/** A social worker's own files, most recently active first. */
export function MyCaseloadPage() {
  const { t } = useTranslation('casefiles');
  const { isSocialWorker } = useCaseFilePermissions();
  const [params, update] = useListParams(MINE_PARAMS);
  const status = (params.status || undefined) as CaseFileStatus | undefined;
  const files = useCaseFiles({ mine: true, status, page: params.page - 1, size: LIST_PAGE_SIZE }, isSocialWorker);
  const { counts } = useCaseFileCounts({ mine: true }, isSocialWorker);
  if (!isSocialWorker) return <ForbiddenState />;
  return (
    <>
      <PageHeader title={t('caseload.title')} />
      <StatusCounts counts={counts} value={params.status} onChange={(s) => update({ status: s })} />
      <SimpleGrid role="search" aria-label={t('list.filters')} cols={{ base: 1, sm: 3 }} mb="md">
        <StatusSelect value={params.status} onChange={(s) => update({ status: s })} />
      </SimpleGrid>
      {files.isPending ? (
        <LoadingState />
      ) : files.isError ? (
        <ErrorState error={files.error} />
      ) : files.data.items.length === 0 ? (
        <EmptyState message={t('caseload.empty')} />
      ) : (
        <div aria-busy={files.isFetching}>
          <CaseFilesTable files={files.data.items} label={t('caseload.title')} showReferent={false} />
          <ListPagination
            page={params.page}
            totalPages={files.data.page.totalPages}
            totalItems={files.data.page.totalItems}
            totalCapped={files.data.page.totalCapped}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}

const MANAGER_PARAMS = {
  referentId: { default: '', pattern: UUID_PATTERN },
  status: { default: '', allowed: CASE_FILE_STATUSES },
};

/**
 * The head of service's view: every social worker's caseload in counts (one call, counted by the
 * server), then the files of one worker or of everyone, with counts per status.
 */
export function CaseloadsPage() {
  const { t } = useTranslation('casefiles');
  const { isManager } = useCaseFilePermissions();
  const [params, update] = useListParams(MANAGER_PARAMS);
  const caseloads = useCaseloads(isManager);
  const referentId = params.referentId || undefined;
  const status = (params.status || undefined) as CaseFileStatus | undefined;
  const files = useCaseFiles({ referentId, status, page: params.page - 1, size: LIST_PAGE_SIZE }, isManager);
  const { counts } = useCaseFileCounts({ referentId }, isManager);
  if (!isManager) return <ForbiddenState />;

  const workerOptions = (caseloads.data?.items ?? []).flatMap((c) =>
    c.referent ? [{ value: c.referent.id, label: c.referent.displayName }] : [],
  );
  if (params.referentId && !workerOptions.some((o) => o.value === params.referentId)) {
    workerOptions.push({ value: params.referentId, label: params.referentId });
  }

  return (
    <>
      <PageHeader title={t('caseloads.title')} />
      <Box mb="lg">
        <ManagerAlerts />
      </Box>
      <Title order={2} size="h4" mb="xs">
        {t('caseloads.perWorker')}
      </Title>
      {caseloads.isPending ? (
        <LoadingState />
      ) : caseloads.isError ? (
        <ErrorState error={caseloads.error} />
      ) : (
        <CaseloadTable
          caseloads={caseloads.data.items}
          quietDays={caseloads.data.quietDays}
          selected={params.referentId}
          onSelect={(id) => update({ referentId: id })}
        />
      )}
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('caseloads.files')}
      </Title>
      <SimpleGrid role="search" aria-label={t('list.filters')} cols={{ base: 1, sm: 3 }} mb="md">
        <NativeSelect
          label={t('caseloads.referent')}
          value={params.referentId}
          onChange={(e) => update({ referentId: e.currentTarget.value })}
          data={[{ value: '', label: t('caseloads.allReferents') }, ...workerOptions]}
        />
        <StatusSelect value={params.status} onChange={(s) => update({ status: s })} />
      </SimpleGrid>
      <StatusCounts counts={counts} value={params.status} onChange={(s) => update({ status: s })} />
      {files.isPending ? (
        <LoadingState />
      ) : files.isError ? (
        <ErrorState error={files.error} />
      ) : files.data.items.length === 0 ? (
        <EmptyState message={t('caseloads.empty')} />
      ) : (
        <div aria-busy={files.isFetching}>
          <CaseFilesTable files={files.data.items} label={t('caseloads.title')} headingOrder={3} />
          <ListPagination
            page={params.page}
            totalPages={files.data.page.totalPages}
            totalItems={files.data.page.totalItems}
            totalCapped={files.data.page.totalCapped}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
