import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { HomePage, type HomeShortcut, type HomeWidget } from '..';

const WIDGETS: HomeWidget[] = [
  { id: 'worker', roles: ['social-worker'], element: <p>worker widget</p> },
  { id: 'manager', roles: ['service-manager'], element: <p>manager widget</p> },
  { id: 'both', roles: ['social-worker', 'service-manager'], element: <p>shared widget</p> },
];
const SHORTCUTS: HomeShortcut[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/households', labelKey: 'nav.households', roles: ['social-worker', 'admin'], needsOrganisation: true },
  { to: '/retention', labelKey: 'nav.retention', roles: ['dpo'], needsOrganisation: true },
];

function home(roles: Parameters<typeof renderRoute>[1]['roles']) {
  stubFetch();
  return renderRoute(<HomePage widgets={WIDGETS} shortcuts={SHORTCUTS} />, { path: '/', url: '/', roles });
}

describe('the home slot', () => {
  it('shows the widgets of the user’s roles, in the order given, and no other', async () => {
    await home(['social-worker']);
    const grid = await screen.findByTestId('home-widgets');
    expect(within(grid).getByText('worker widget')).toBeInTheDocument();
    expect(within(grid).getByText('shared widget')).toBeInTheDocument();
    expect(screen.queryByText('manager widget')).not.toBeInTheDocument();
    const ids = [...grid.querySelectorAll('[data-testid^="home-widget-"]')].map((e) => e.getAttribute('data-testid'));
    expect(ids).toEqual(['home-widget-worker', 'home-widget-both']);
  });

  it('gives a role without a widget where to go and its profile', async () => {
    await home(['admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Claire Lambert' })).toBeInTheDocument();
    expect(screen.queryByTestId('home-widgets')).not.toBeInTheDocument();
    const places = screen.getByTestId('home-shortcuts');
    expect(within(places).getByRole('link', { name: 'Households' })).toHaveAttribute('href', '/households');
    expect(within(places).queryByRole('link', { name: /retention/i })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your profile' })).toBeInTheDocument();
  });
});
