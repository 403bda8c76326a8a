import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';

/** The "N au total" of the list's pagination. */
async function total(page: Page): Promise<number> {
  const text = await page.getByText(/au total/).textContent();
  const match = /(\d+)\s+au total/.exec(text ?? '');
  if (!match) throw new Error(`no total in "${text}"`);
  return Number(match[1]);
}

test('buildings: an abbreviated, accent-free street finds the address, the commune narrows the list', async ({ page }) => {
  await login(page, 'admin-binhome', '/buildings');
  const buildings = page.getByRole('table', { name: 'Immeubles' });
  await expect(buildings.getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const everywhere = await total(page);

  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await search.fill('Chée de Neerstalle');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=Ch%C3%A9e(\+|%20)de(\+|%20)Neerstalle/);
  await expect(buildings.getByRole('cell', { name: /Chaussée de Neerstalle/ }).first()).toBeVisible();
  await expect(buildings.getByRole('cell', { name: /Avenue du Homborch/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await search.fill('');
  await search.press('Enter');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.getByRole('combobox', { name: 'Commune' }).selectOption({ label: 'Uccle' });
  await expect(page).toHaveURL(/[?&]commune=UCCLE/);
  await expect(buildings.getByRole('cell', { name: 'Ixelles', exact: true })).toHaveCount(0);
  await expect(buildings.getByRole('cell', { name: 'Uccle', exact: true }).first()).toBeVisible();
  expect(await total(page)).toBeLessThan(everywhere);
  await expectNoSeriousA11yViolations(page);

  // The filtered list is shareable: the same URL gives the same list.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Commune' })).toHaveValue('UCCLE');
  await expect(buildings.getByRole('cell', { name: 'Ixelles', exact: true })).toHaveCount(0);
});
