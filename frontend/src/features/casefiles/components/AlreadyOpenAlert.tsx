import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFileRef } from '../api/types';

/** A household has one followed file at a time: this one, to be completed (or closed first). */
export function AlreadyOpenAlert({ openFile }: { openFile: CaseFileRef }) {
  const { t } = useTranslation('casefiles');
  return (
    <Alert variant="outline" color="blue.9" title={t('alreadyOpen.title')} data-testid="already-open" mb="md">
      <Text size="sm" mb="xs">
        {t('alreadyOpen.message', { reference: openFile.reference })}
      </Text>
      <Anchor component={Link} to={`/case-files/${openFile.id}`} fw={600}>
        {t('alreadyOpen.link', { reference: openFile.reference })}
      </Anchor>
    </Alert>
  );
}
