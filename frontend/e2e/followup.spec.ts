import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';

/** Demo data seeded by the backend (backend/src/main/resources/demo/households.sql). */
const MARIE_FILE = '40000000-0000-4000-8000-000000000c01';

test('a social worker refers a household with its consent, plans a task, finds it in her agenda and marks it done', async ({
  page,
}) => {
  const stamp = Date.now();
  const taskTitle = `Rappeler le CPAS ${stamp}`;
  await login(page, 'sw-binhome', '/caseload');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await page.getByRole('link', { name: 'Marie Van den Bussche' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/case-files/${MARIE_FILE}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Réorientations' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A referral: first without consent (refused by the server), then with it.
  await page.getByRole('button', { name: 'Réorienter vers un partenaire' }).click();
  const referral = page.getByRole('form', { name: 'Réorienter vers un partenaire' });
  await referral.getByRole('combobox', { name: /Type de partenaire/ }).selectOption('debt-mediation');
  await referral.getByRole('textbox', { name: /^Partenaire/ }).fill(`Centre de médiation ${stamp}`);
  await referral.getByRole('textbox', { name: /Motif de la réorientation/ }).fill('Plan de remboursement des arriérés');
  await referral.getByRole('button', { name: 'Enregistrer la réorientation' }).click();
  const consent = referral.getByRole('checkbox', { name: /Le ménage consent/ });
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await consent.check();
  await referral.getByRole('textbox', { name: /Comment le consentement/ }).fill('Accord oral lors de l’entretien');
  await referral.getByRole('button', { name: 'Enregistrer la réorientation' }).click();
  await expect(referral).toHaveCount(0);
  const recorded = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`Centre de médiation ${stamp}`) }) });
  await expect(recorded).toBeVisible();
  await expect(recorded.getByText(/Consentement enregistré le/)).toBeVisible();

  // A follow-up task due today.
  await page.getByRole('button', { name: 'Ajouter une tâche' }).click();
  const taskForm = page.getByRole('form', { name: 'Ajouter une tâche' });
  await taskForm.getByRole('textbox', { name: /^Tâche/ }).fill(taskTitle);
  await taskForm.getByRole('button', { name: 'Ajouter la tâche' }).click();
  await expect(taskForm).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: taskTitle })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);

  // The agenda lists it for today, linking to the file.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();
  const today = page.getByRole('region', { name: /^Aujourd’hui/ });
  await expect(today.getByRole('link', { name: taskTitle })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await today.getByRole('link', { name: taskTitle }).click();

  // Done: it leaves the agenda.
  const done = page.getByRole('checkbox', { name: taskTitle });
  await done.check();
  await expect(done).toBeChecked();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();
  await expect(page.getByRole('link', { name: taskTitle })).toHaveCount(0);
});

test('an admin checks a household export with a dry run and sees the rejected line', async ({ page }) => {
  await login(page, 'admin-binhome', '/');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Importer des ménages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des ménages' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const csv = [
    'household_ref;role;last_name;first_name;birth_date;language;phone;email;street;number;postcode;unit;lease_start',
    'E2E-IMP-1;reference-tenant;Peeters;An;1980-02-03;nl;;;;;;;',
    'E2E-IMP-2;reference-tenant;Müller;Jan;1975-01-01;de;;;;;;;',
    '',
  ].join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const importButton = page.getByRole('button', { name: 'Importer', exact: true });
  await expect(importButton).toBeDisabled();
  await page.getByRole('button', { name: 'Vérifier (simulation)' }).click();

  await expect(page.getByRole('region', { name: /Résultat de la simulation/ })).toBeVisible();
  const rejected = page.getByRole('table', { name: 'Lignes refusées' });
  // Every error of line 3 is listed, the unknown language among them.
  const line3 = rejected.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
  await expect(line3.filter({ hasText: 'Langue inconnue' })).toBeVisible();
  await expect(importButton).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
});
