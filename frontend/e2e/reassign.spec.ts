import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';
import { loginAs } from './helpers/users';

/** Demo data (backend/src/main/resources/demo/households.sql): Jean Dupont's file, followed by Karim El Amrani. */
const DUPONT_FILE = '40000000-0000-4000-8000-000000000c04';

test('the admin brings in a colleague who never signed in; the manager gives her a file, then gives it back', async ({
  page,
}) => {
  // The staff directory comes from Keycloak: Nora Haddad (sw3-binhome) has never signed in.
  await login(page, 'admin-binhome', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Personnel' })).toBeVisible();
  await page.getByRole('button', { name: 'Mettre à jour depuis Keycloak' }).click();
  await expect(page.getByText(/^Personnel mis à jour/)).toBeVisible();
  const nora = page.getByRole('row').filter({ hasText: 'Nora Haddad' });
  await expect(nora).toContainText('Pas encore de connexion');
  await expectNoSeriousA11yViolations(page);

  // The manager gives Jean Dupont's file to Nora.
  await loginAs(page, 'manager-binhome', `/case-files/${DUPONT_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Jean Dupont' })).toBeVisible();
  await page.getByRole('button', { name: 'Confier à une autre personne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confier le dossier à une autre personne de l’équipe sociale' });
  await expect(dialog).toContainText('Le dossier est suivi par Karim El Amrani.');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('combobox', { name: /Personne de l’équipe sociale/ }).selectOption({
    label: 'Nora Haddad (pas encore de connexion)',
  });
  await dialog.getByRole('button', { name: 'Confier le dossier' }).click();
  await expect(dialog).toHaveCount(0);

  // The timeline says who handed over to whom, and why.
  const handover = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /de Karim El Amrani à Nora Haddad/ }),
  });
  await expect(handover).toBeVisible();
  await expect(handover).toContainText('La direction du service social a confié le dossier');
  await expectNoSeriousA11yViolations(page);

  // The caseloads show it, and the file goes back to Karim (the demo data stays as it was).
  await page.goto('/caseloads');
  await expect(page.getByRole('heading', { level: 2, name: 'Dossiers en attente d’une personne référente' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nora Haddad' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/case-files/${DUPONT_FILE}`);
  await page.getByRole('button', { name: 'Confier à une autre personne' }).click();
  await dialog.getByRole('combobox', { name: /Personne de l’équipe sociale/ }).selectOption({ label: 'Karim El Amrani' });
  await dialog.getByRole('button', { name: 'Confier le dossier' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /de Nora Haddad à Karim El Amrani/ }) }),
  ).toBeVisible();
});
