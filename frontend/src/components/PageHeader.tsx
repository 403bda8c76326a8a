import { Group } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

interface PageHeaderProps {
  title: string;
  /** Buttons or links shown next to the title. */
  actions?: ReactNode;
  /** Shown under the title (e.g. a status badge). */
  children?: ReactNode;
}

/** The page's one h1, which also names the browser tab and takes the focus after a navigation. */
export function PageHeader({ title, actions, children }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <div>
        <PageTitle>{title}</PageTitle>
        {children}
      </div>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
