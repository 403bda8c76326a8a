import { Alert, Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, ListPagination, LoadingState, PageHeader, ProblemAlert, SearchField } from '@/components';
import { useListParams } from '@/lib/url/useListParams';
import { useStaffDirectory, useSyncStaffDirectory } from '../api/staff';
import { LIST_PAGE_SIZE } from '../api/types';

const PARAMS = {
  q: { default: '' },
  inactive: { default: '', allowed: ['', 'yes'] },
};

/**
 * The admin's staff directory: everyone Keycloak lists for the organisation, whether they have signed in yet, who is
 * no longer active; and the sync with Keycloak on demand (it also runs on its own every hour).
 */
export function StaffDirectoryPage() {
  const { t } = useTranslation('places');
  const [params, update] = useListParams(PARAMS);
  const staff = useStaffDirectory({
    q: params.q || undefined,
    includeInactive: params.inactive === 'yes',
    page: params.page - 1,
    size: LIST_PAGE_SIZE,
  });
  const sync = useSyncStaffDirectory();

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        actions={
          <Button variant="outline" loading={sync.isPending} onClick={() => sync.mutate()}>
            {t('staff.sync')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" mb="sm">
        {t('staff.explanation')}
      </Text>
      {sync.isSuccess && (
        <Alert color="green" mb="sm" aria-live="polite">
          {t('staff.synced', {
            created: sync.data.created,
            updated: sync.data.updated,
            deactivated: sync.data.deactivated,
          })}
        </Alert>
      )}
      {sync.isError && <ProblemAlert error={sync.error} />}
      <Group align="flex-end" gap="md" mb="md">
        <SearchField label={t('staff.search')} value={params.q} onChange={(q) => update({ q })} />
        <Checkbox
          label={t('staff.includeInactive')}
          checked={params.inactive === 'yes'}
          onChange={(event) => update({ inactive: event.currentTarget.checked ? 'yes' : '' })}
        />
      </Group>
      {staff.isPending ? (
        <LoadingState />
      ) : staff.isError ? (
        <ErrorState error={staff.error} />
      ) : staff.data.items.length === 0 ? (
        <EmptyState message={t('staff.empty')} />
      ) : (
        <div aria-busy={staff.isFetching}>
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('staff.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staff.name')}</Table.Th>
                  <Table.Th scope="col">{t('staff.username')}</Table.Th>
                  <Table.Th scope="col">{t('staff.roles')}</Table.Th>
                  <Table.Th scope="col">{t('staff.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {staff.data.items.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>{member.displayName}</Table.Td>
                    <Table.Td>{member.username}</Table.Td>
                    <Table.Td>{member.roles.map((role) => t(`common:roles.${role}`)).join(', ')}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {!member.active && <Badge color="gray">{t('staff.inactive')}</Badge>}
                        {!member.signedInAt && (
                          <Badge color="orange.9" variant="light">
                            {t('staff.neverSignedIn')}
                          </Badge>
                        )}
                        {member.active && member.signedInAt && (
                          <Badge color="green.9" variant="light">
                            {t('staff.active')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={params.page}
            totalPages={staff.data.page.totalPages}
            totalItems={staff.data.page.totalItems}
            onChange={(page) => update({ page })}
          />
        </div>
      )}
    </>
  );
}
