import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { expectNoHorizontalOverflow } from './helpers/layout';
import { login } from './helpers/login';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('on a 360 px phone the sites list is usable without sideways scrolling', async ({ page }) => {
  await login(page, 'admin-binhome', '/sites');

  const sites = page.getByRole('list', { name: 'Sites' });
  await expect(sites.getByRole('link', { name: 'Homborch', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);

  await sites.getByRole('link', { name: 'Homborch', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Homborch' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);

  // The navigation hides behind the burger on phones.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Immeubles' })).not.toBeInViewport();
  await page.getByRole('button', { name: 'Ouvrir le menu' }).tap();
  await expect(nav.getByRole('link', { name: 'Immeubles' })).toBeInViewport();
  await nav.getByRole('link', { name: 'Immeubles' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Immeubles' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/sites/new');
  await expect(page.getByRole('textbox', { name: 'Nom' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);
});
