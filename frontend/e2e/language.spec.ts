import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login, waitForAppShell } from './helpers/login';

test('switching to Dutch translates the navigation and survives a reload', async ({ page }) => {
  await login(page, 'sw-binhome');
  const frenchNav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(frenchNav.getByRole('link', { name: 'Immeubles' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('nl');

  const dutchNav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(dutchNav.getByRole('link', { name: 'Gebouwen' })).toBeVisible();
  await expect(dutchNav.getByRole('link', { name: 'Woningen' })).toBeVisible();
  await expect(dutchNav.getByRole('link', { name: 'Start' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await waitForAppShell(page);
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebouwen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('combobox', { name: 'Taal' })).toHaveValue('nl');

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebouwen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebouwen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
