import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';

/** Demo data (backend/src/main/resources/demo/households.sql): Ana Pereira's file was closed six years ago. */
const ANA_HOUSEHOLD = '30000000-0000-4000-8000-000000000c05';

test('the DPO runs a retention dry run, sees the report, and answers a subject-access request', async ({ page }) => {
  await login(page, 'dpo-binhome', '/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });

  await nav.getByRole('link', { name: 'Conservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conservation des dossiers clôturés' })).toBeVisible();
  await expect(page.getByTestId('retention-rule')).toContainText('clôturé depuis 5 ans');
  await page.getByRole('button', { name: 'Lancer une simulation' }).click();
  await expect(page.getByText('Simulation terminée')).toBeVisible();
  const report = page.getByRole('table', { name: 'Dossiers à anonymiser' });
  await expect(report.getByRole('row').filter({ hasText: 'Ana Pereira' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Traitements de conservation' })).toContainText('Simulation par');
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole('link', { name: "Demandes d’accès" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Export pour une demande d’accès" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const reason = `Demande d'accès de Mme Pereira ${Date.now()}`;
  // The requester gave her name: the DPO finds the household and picks it.
  const lookup = page.getByRole('search', { name: 'Trouver le ménage' });
  await lookup.getByRole('searchbox', { name: /Trouver le ménage/ }).fill('pereira');
  await lookup.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('button', { name: 'Choisir Ana Pereira' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Choisir Ana Pereira' }).click();
  await expect(page.getByRole('textbox', { name: /Identifiant du ménage/ })).toHaveValue(ANA_HOUSEHOLD);
  await page.getByRole('textbox', { name: /Motif de l’export/ }).fill(reason);

  const documentDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le document (HTML)' }).click();
  const document = await documentDownload;
  expect(document.suggestedFilename()).toMatch(/^hestia-export-BINHOME-30000000-\d{4}-\d{2}-\d{2}\.html$/);
  const html = await readFile((await document.path())!, 'utf-8');
  expect(html).toContain('Pereira');
  expect(html).toContain('Aide pour une demande d&#39;allocation de loyer.');
  expect(html).toContain('Les notes personnelles de travail de l’équipe sociale ne font pas partie de votre dossier social.');
  await expect(page.getByText('Export téléchargé')).toBeVisible();

  const dataDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger les données (JSON)' }).click();
  const data = JSON.parse(await readFile((await (await dataDownload).path())!, 'utf-8'));
  expect(data.formatVersion).toBe('1');
  expect(data.household.id).toBe(ANA_HOUSEHOLD);
  expect(data.caseFiles[0].entries[0].summary).toBe("Demande d'allocation de loyer complétée");

  await nav.getByRole('link', { name: 'Journal des accès' }).click();
  await page.getByRole('combobox', { name: 'Ménage' }).fill('pereira');
  await page.getByRole('option', { name: /Ana Pereira/ }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]householdId=${ANA_HOUSEHOLD}`));
  // Two downloads, two user actions: a row each.
  const exports = page.getByRole('row').filter({ hasText: reason });
  await expect(exports).toHaveCount(2);
  await expect(exports.first()).toContainText('Export\u00a0: données du ménage');
  await expectNoSeriousA11yViolations(page);
});
