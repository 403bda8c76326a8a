import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';

test.describe('sites, buildings and their edition', () => {
  test('an admin finds Homborch, opens one of its buildings and renames it', async ({ page }) => {
    await login(page, 'admin-binhome', '/sites');

    const sites = page.getByRole('table', { name: 'Sites' });
    await expect(sites.getByRole('link', { name: 'Homborch', exact: true })).toBeVisible();
    await expect(sites.getByRole('link', { name: 'Merlo', exact: true })).toBeVisible();
    await expect(sites.getByRole('link', { name: 'Boondael', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const search = page.getByRole('searchbox', { name: 'Rechercher' });
    await search.fill('homborch');
    await search.press('Enter');
    await expect(page).toHaveURL(/[?&]q=homborch(&|$)/);
    await expect(sites.getByRole('link', { name: 'Boondael', exact: true })).toHaveCount(0);
    await expect(sites.getByRole('link', { name: 'Homborch', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await sites.getByRole('link', { name: 'Homborch', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Homborch' })).toBeVisible();
    const buildings = page.getByRole('table', { name: 'Immeubles de Homborch' });
    await expect(buildings.getByRole('row')).not.toHaveCount(1); // more than the header row
    await expect(buildings).toContainText(/Homborch|Neerstalle/);
    await expectNoSeriousA11yViolations(page);

    await buildings.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/buildings\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('link', { name: 'Homborch', exact: true })).toBeVisible(); // its site
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await expect(page).toHaveURL(/\/buildings\/[0-9a-f-]{36}\/edit$/);
    await expectNoSeriousA11yViolations(page);
    const newName = `Bloc E2E ${Date.now()}`;
    await page.getByLabel('Nom d’usage').fill(newName);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect(page).toHaveURL(/\/buildings\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a social worker sees the sites but no way to change them', async ({ page }) => {
    await login(page, 'sw-binhome', '/sites');

    // The skip link is the first stop of the keyboard and leads to the content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();

    const sites = page.getByRole('table', { name: 'Sites' });
    await expect(sites.getByRole('link', { name: 'Homborch', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nouveau site' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await sites.getByRole('link', { name: 'Homborch', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Homborch' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Immeubles de Homborch' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modifier', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Retirer' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Modifier l’équipe du site' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Nouvel immeuble' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('an admin creating a site is told the name is required, then creates it', async ({ page }) => {
    await login(page, 'admin-binhome', '/sites');
    await page.getByRole('link', { name: 'Nouveau site' }).click();
    await expect(page).toHaveURL(/\/sites\/new$/);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Créer' }).click();
    const name = page.getByRole('textbox', { name: 'Nom' });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
    await expect(page).toHaveURL(/\/sites\/new$/);
    await expectNoSeriousA11yViolations(page);

    const siteName = `Site E2E ${Date.now()}`;
    await name.fill(siteName);
    await page.getByRole('textbox', { name: 'Description' }).fill('Créé par les tests de bout en bout.');
    await page.getByRole('button', { name: 'Créer' }).click();

    await expect(page).toHaveURL(/\/sites\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: siteName })).toBeVisible();
    await expect(page.getByText('Créé par les tests de bout en bout.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
