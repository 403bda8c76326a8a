import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { expectNoHorizontalOverflow } from './helpers/layout';
import { login } from './helpers/login';

/** Every screen the other journeys do not reach: dwellings, dialogs, assignments, errors, other languages. */
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`an admin goes through the dwelling screens and the site's assignments at ${viewport.width} px`, async ({
    page,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setViewportSize(viewport);
    const check = async () => {
      await expectNoSeriousA11yViolations(page);
      await expectNoHorizontalOverflow(page);
    };

    await login(page, 'admin-binhome', '/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bonjour');
    await expect(page.getByTestId('home-organisation')).toHaveText('BinHôme');
    await check();

    // A new dwelling, so that the journey does not depend on the demo data's dwellings.
    await page.goto('/dwellings/new');
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect(page.getByRole('combobox', { name: 'Immeuble' })).toHaveAttribute('aria-invalid', 'true');
    await check();
    await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: 'Homborch' });
    const buildingSelect = page.getByRole('combobox', { name: 'Immeuble' });
    await expect(buildingSelect).toBeEnabled();
    await expect(buildingSelect.locator('option')).not.toHaveCount(1);
    await buildingSelect.selectOption({ index: 1 });
    const unit = `E${Date.now() % 1_000_000_000}`;
    await page.getByRole('textbox', { name: /Numéro de logement/ }).fill(unit);
    await page.getByRole('combobox', { name: 'Type' }).selectOption('adapted');
    await page.getByRole('textbox', { name: /Étage/ }).fill('1');
    await page.getByRole('textbox', { name: /Chambres/ }).fill('2');
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Logement ${unit}` })).toBeVisible();
    await expect(page.getByText('Logement adapté (PMR)')).toBeVisible();
    await check();

    await page.getByRole('button', { name: 'Retirer' }).click();
    const dialog = page.getByRole('dialog', { name: `Retirer le logement ${unit} ?` });
    await expect(dialog).toBeVisible();
    await page.waitForTimeout(300); // let the opening transition end before measuring contrast
    await check();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await expect(page.getByRole('textbox', { name: /Numéro de logement/ })).toHaveValue(unit);
    await check();
    await page.getByRole('textbox', { name: /Chambres/ }).fill('3');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Logement ${unit}` })).toBeVisible();

    // The list finds it, filtered through the URL.
    await page.goto(`/dwellings?q=${unit}`);
    await expect(page.getByRole('link', { name: `Logement ${unit}` })).toBeVisible();
    await check();

    // Assignments of a site, and a refused retirement.
    await page.goto('/sites?q=homborch');
    await page.getByRole('link', { name: 'Homborch', exact: true }).click();
    await page.getByRole('button', { name: 'Modifier l’équipe du site' }).click();
    const collective = page.getByRole('combobox', { name: 'Travailleur social collectif ou travailleuse sociale collective' });
    await expect(collective.locator('option')).not.toHaveCount(1);
    await check();
    await collective.selectOption({ index: 1 });
    const chosen = (await collective.locator('option:checked').textContent()) ?? '';
    await page.getByRole('button', { name: 'Enregistrer l’équipe du site' }).click();
    await expect(page.getByRole('button', { name: 'Modifier l’équipe du site' })).toBeVisible();
    await expect(page.getByText(chosen, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Retirer' }).click();
    await page.getByRole('button', { name: 'Oui, retirer' }).click();
    await expect(page.getByRole('dialog').getByText(/^Ce site compte encore des immeubles actifs/)).toBeVisible();
    await check();
    await page.keyboard.press('Escape');

    await page.goto('/sites/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await check();

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.goto('/buildings/new');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText('Required field.').first()).toBeVisible();
    await check();

    expect(pageErrors).toEqual([]);
  });
}

test('a user without organisation is told places are not for their role', async ({ page }) => {
  await login(page, 'analyst-slrb', '/');
  await expect(page.getByText(/ne sont pas accessibles à votre rôle/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/sites');
  await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
