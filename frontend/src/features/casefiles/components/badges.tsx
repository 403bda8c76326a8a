import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFileStatus, CaseTheme } from '../api/types';

const STATUS_COLORS: Record<CaseFileStatus, string> = {
  open: 'blue.9',
  // green.9 is below 4.5:1 on white; teal.9 is not.
  active: 'teal.9',
  closed: 'gray.8',
  archived: 'dark.6',
};

export function CaseStatusBadge({ status }: { status: CaseFileStatus }) {
  const { t } = useTranslation('casefiles');
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} tt="none" data-testid="case-status">
      {t(`statuses.${status}`)}
    </Badge>
  );
}

export function ThemeList({ themes }: { themes: CaseTheme[] }) {
  const { t } = useTranslation('casefiles');
  return (
    <Group gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {themes.map((theme) => (
        <li key={theme}>
          <Badge variant="outline" color="gray.8" tt="none">
            {t(`themes.${theme}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** On the author's private entries: nobody else reads them, not even the head of service. */
export function PrivateBadge() {
  const { t } = useTranslation('casefiles');
  return (
    <Badge variant="filled" color="red.9" tt="none">
      {t('entry.privateBadge')}
    </Badge>
  );
}
