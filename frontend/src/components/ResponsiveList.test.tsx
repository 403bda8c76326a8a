import { Badge } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query/queryClient';
import { fakeSession } from '@/test/render';
import { takeNestingErrors } from '@/test/domNesting';
import { ResponsiveList } from './ResponsiveList';

describe('a responsive list on a phone', () => {
  it('shows each row as a card whose cells may hold badges and lists without invalid nesting', async () => {
    vi.mocked(window.matchMedia).mockImplementation(
      (query: string) =>
        ({ matches: true, media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList,
    );
    const i18n = await createI18n('en');
    render(
      <AppProviders i18n={i18n} session={fakeSession()} queryClient={createQueryClient()}>
        <ResponsiveList
          label="Files"
          rows={[{ id: '1', name: 'Marie' }]}
          rowKey={(r) => r.id}
          title={(r) => r.name}
          columns={[
            { header: 'Household', cell: (r) => r.name },
            { header: 'Status', cell: () => <Badge>Active</Badge> },
            { header: 'Themes', cell: () => <ul><li>Rent arrears</li></ul> },
          ]}
        />
      </AppProviders>,
    );
    expect(screen.getByRole('list', { name: 'Files' })).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(takeNestingErrors()).toEqual([]);
  });
});
