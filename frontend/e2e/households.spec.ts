import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';

test('an admin registers a household, moves it into a new dwelling and edits its members', async ({ page }) => {
  const stamp = Date.now() % 1_000_000_000;
  const unit = `H${stamp}`;
  const lastName = `Testeur${stamp}`;

  // A free dwelling of our own, so that the journey does not depend on the demo data.
  await login(page, 'admin-binhome', '/dwellings/new');
  await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: 'Homborch' });
  const building = page.getByRole('combobox', { name: 'Immeuble' });
  await expect(building.locator('option')).not.toHaveCount(1);
  await building.selectOption({ index: 1 });
  await page.getByRole('textbox', { name: /Numéro de logement/ }).fill(unit);
  await page.getByRole('combobox', { name: 'Type' }).selectOption('apartment');
  await page.getByRole('textbox', { name: /Étage/ }).fill('2');
  await page.getByRole('textbox', { name: /Chambres/ }).fill('2');
  await page.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Logement ${unit}` })).toBeVisible();

  // A new household: exactly one reference tenant, checked before saving.
  await page.goto('/households');
  await page.getByRole('link', { name: 'Nouveau ménage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau ménage' })).toBeVisible();
  // A member's legend follows the name typed: find the fieldsets by position.
  const first = page.locator('fieldset').nth(0);
  await first.getByRole('textbox', { name: /Prénom/ }).fill('Inès');
  await first.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  const ines = page.getByRole('group', { name: `Inès ${lastName}` });
  await ines.getByRole('textbox', { name: /Téléphone/ }).fill('+32 2 555 99 99');
  await page.getByRole('button', { name: 'Ajouter un membre' }).click();
  const second = page.locator('fieldset').nth(1);
  await second.getByRole('textbox', { name: /Prénom/ }).fill('Noah');
  await second.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  const noah = page.getByRole('group', { name: `Noah ${lastName}` });
  await noah.getByRole('combobox', { name: /Rôle dans le ménage/ }).selectOption('reference-tenant');
  await page.getByRole('button', { name: 'Créer le ménage' }).click();
  await expect(page.getByTestId('members-error')).toHaveText('Un seul membre peut être le ou la locataire de référence.');
  await expectNoSeriousA11yViolations(page);
  await noah.getByRole('combobox', { name: /Rôle dans le ménage/ }).selectOption('child');
  await page.getByRole('button', { name: 'Créer le ménage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Inès ${lastName}` })).toBeVisible();
  await expect(page.getByText('Pas de bail en cours')).toBeVisible();
  await expect(page.getByRole('link', { name: '+32 2 555 99 99' })).toHaveAttribute('href', 'tel:+3225559999');
  await expectNoSeriousA11yViolations(page);

  // The move: the dwelling is found by its unit number.
  await page.getByRole('link', { name: 'Déménagement / mutation', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Déménagement / mutation de Inès ${lastName}` })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Chercher le nouveau logement' }).fill(unit);
  const dwelling = page.getByRole('combobox', { name: /Nouveau logement/ });
  await expect(dwelling.locator('option')).toHaveCount(2);
  await dwelling.selectOption({ index: 1 });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Enregistrer le déménagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Inès ${lastName}` })).toBeVisible();
  const current = page.getByRole('region', { name: 'Logement actuel' });
  await expect(current).toContainText(unit);
  await expect(current).toContainText('Homborch');
  await expect(page.getByRole('table', { name: 'Historique des baux' }).getByRole('row')).toHaveCount(2);

  await page.getByRole('link', { name: 'Déménagement / mutation', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Chercher le nouveau logement' }).fill(unit);
  // The current dwelling is not offered.
  await expect(page.getByRole('combobox', { name: /Nouveau logement/ }).locator('option')).toHaveText([
    'Aucun logement actif ne correspond',
  ]);
  await page.getByRole('link', { name: 'Annuler' }).click();

  // Edit: Noah leaves the household.
  await page.getByRole('link', { name: 'Modifier le ménage' }).click();
  await page.getByRole('button', { name: `Retirer Noah ${lastName} du ménage` }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Inès ${lastName}` })).toBeVisible();
  await expect(page.getByText(`Noah ${lastName}`)).toHaveCount(0);

  // The list finds it by the new dwelling's unit, and it has no social follow-up.
  await page.goto(`/households?q=${lastName}`);
  const row = page.getByRole('row', { name: new RegExp(`Inès ${lastName}`) });
  await expect(row).toContainText(unit);
  await expect(row).toContainText('Aucun');
  await expectNoSeriousA11yViolations(page);
});
