import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query/queryClient';
import { fakeSession } from '@/test/render';
import { PageHeader } from './PageHeader';
import { useFocusTitleOnNavigation } from './PageTitle';

function Layout() {
  useFocusTitleOnNavigation();
  return <Outlet />;
}

async function app() {
  const i18n = await createI18n('en');
  render(
    <AppProviders i18n={i18n} session={fakeSession()} queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route element={<Layout />}>
            <Route
              index
              element={
                <>
                  <PageHeader title="Home" />
                  <Link to="/files">Files</Link>
                  <Link to="/?status=open">Only open</Link>
                </>
              }
            />
            <Route path="files" element={<PageHeader title="Files" />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('the focus after a navigation', () => {
  it('moves to the new page’s title, not on the first page nor when only the filters in the URL change', async () => {
    const user = userEvent.setup();
    await app();
    const home = screen.getByRole('heading', { level: 1, name: 'Home' });
    expect(home).not.toHaveFocus();

    const filter = screen.getByRole('link', { name: 'Only open' });
    await user.click(filter);
    expect(home).not.toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Files' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Files' })).toHaveFocus();
  });
});
