import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState, ProblemAlert } from '@/components';
import { useCaseFiles } from '../api/caseFiles';
import { MAX_PAGE_SIZE } from '../api/types';
import { CaseFilesTable } from '../components/CaseFilesTable';
import { useCaseFilePermissions } from '../permissions';

/**
 * The household's case files, on its page: for the social service only. Others (proximity agents,
 * admins) see nothing of it, not even that the section exists.
 */
export function HouseholdCaseFilesSection({ household }: { household: { id: string; name: string } }) {
  const { t } = useTranslation('casefiles');
  const { canRead } = useCaseFilePermissions();
  const files = useCaseFiles({ householdId: household.id, size: MAX_PAGE_SIZE }, canRead);
  if (!canRead) return null;
  return (
    <Card withBorder component="section" aria-labelledby="household-case-files">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="household-case-files">
          {t('household.title')}
        </Title>
        <Button size="xs" component={Link} to={`/case-files/new?householdId=${household.id}`}>
          {t('household.open')}
        </Button>
      </Group>
      {files.isPending ? (
        <LoadingState />
      ) : files.isError ? (
        <ProblemAlert error={files.error} />
      ) : files.data.items.length === 0 ? (
        <Text>{t('household.none')}</Text>
      ) : (
        <CaseFilesTable
          files={files.data.items}
          label={t('household.listLabel', { name: household.name })}
          linkBy="reference"
          headingOrder={3}
        />
      )}
    </Card>
  );
}
