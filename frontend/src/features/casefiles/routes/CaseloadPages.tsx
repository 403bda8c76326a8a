import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, ForbiddenState, ListPagination, LoadingState, PageHeader, ProblemAlert } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useCaseFileCounts, useCaseFiles, useStaff } from '../api/caseFiles';
import { CASE_FILE_STATUSES, LIST_PAGE_SIZE, UUID_PATTERN, type CaseFileStatus } from '../api/types';
import { CaseFilesTable } from '../components/CaseFilesTable';
import { StatusCounts } from '../components/StatusCounts';
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

/** The head of service's view of every caseload, per social worker, with counts per status. */
export function CaseloadsPage() {
  const { t } = useTranslation('casefiles');
  const { isManager } = useCaseFilePermissions();
  const [params, update] = useListParams(MANAGER_PARAMS);
  const workers = useStaff('social-worker', isManager);
  const referentId = params.referentId || undefined;
  const status = (params.status || undefined) as CaseFileStatus | undefined;
  const files = useCaseFiles({ referentId, status, page: params.page - 1, size: LIST_PAGE_SIZE }, isManager);
  const { counts } = useCaseFileCounts({ referentId }, isManager);
  if (!isManager) return <ForbiddenState />;

  const workerOptions = (workers.data?.items ?? [])
    .map((w) => ({ value: w.id, label: w.displayName }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (params.referentId && !workerOptions.some((o) => o.value === params.referentId)) {
    workerOptions.push({ value: params.referentId, label: params.referentId });
  }

  return (
    <>
      <PageHeader title={t('caseloads.title')} />
      <SimpleGrid role="search" aria-label={t('list.filters')} cols={{ base: 1, sm: 3 }} mb="md">
        <NativeSelect
          label={t('caseloads.referent')}
          value={params.referentId}
          onChange={(e) => update({ referentId: e.currentTarget.value })}
          data={[{ value: '', label: t('caseloads.allReferents') }, ...workerOptions]}
        />
        <StatusSelect value={params.status} onChange={(s) => update({ status: s })} />
      </SimpleGrid>
      {workers.isError && <ProblemAlert error={workers.error} />}
      <StatusCounts counts={counts} value={params.status} onChange={(s) => update({ status: s })} />
      {files.isPending ? (
        <LoadingState />
      ) : files.isError ? (
        <ErrorState error={files.error} />
      ) : files.data.items.length === 0 ? (
        <EmptyState message={t('caseloads.empty')} />
      ) : (
        <div aria-busy={files.isFetching}>
          <CaseFilesTable files={files.data.items} label={t('caseloads.title')} />
          <ListPagination
            page={params.page}
            totalPages={files.data.page.totalPages}
            totalItems={files.data.page.totalItems}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
