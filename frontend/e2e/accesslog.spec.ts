import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { login } from './helpers/login';
import { loginAs } from './helpers/users';

/** Demo data (backend/src/main/resources/demo/households.sql): Marie Van den Bussche's file, followed by Amélie Dubois. */
const MARIE_HOUSEHOLD = '30000000-0000-4000-8000-000000000c01';
const MARIE_FILE = '40000000-0000-4000-8000-000000000c01';

test('the DPO finds who opened a file by the household name, reads it as one row per action, and exports it', async ({
  page,
}) => {
  // A social worker opens the case file page: it reads the file, its timeline, documents, referrals and tasks.
  await login(page, 'sw-binhome', `/case-files/${MARIE_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: /Marie Van den Bussche/ })).toBeVisible();
  await page.waitForLoadState('networkidle');

  await loginAs(page, 'dpo-binhome', '/access-log');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal des accès' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The household is chosen by its name, never by an identifier.
  const household = page.getByRole('combobox', { name: 'Ménage' });
  await household.fill('van den bussche');
  await page.getByRole('option', { name: /Marie Van den Bussche/ }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]householdId=${MARIE_HOUSEHOLD}`));
  await expect(household).toHaveValue(/^Marie Van den Bussche/);

  const log = page.getByRole('table', { name: 'Accès aux dossiers sociaux' });
  const pageView = log.getByRole('row').filter({ hasText: 'Amélie Dubois' }).first();
  // One row for the page, with everything it read, in French.
  await expect(pageView).toContainText('Consultation\u00a0: dossier social');
  await expect(pageView).toContainText('chronologie du dossier');
  await expect(pageView).toContainText('documents du dossier');
  await expect(pageView).toContainText('Marie Van den Bussche');
  await expect(pageView).toContainText(/\d{4}-\d{4}/);
  await expect(log).not.toContainText('case-timeline');
  await expectNoSeriousA11yViolations(page);

  // The filters live in the URL: a reload keeps them.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Ménage' })).toHaveValue(/^Marie Van den Bussche/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^hestia-access-log-BINHOME-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await csv.path())!, 'utf-8');
  expect(text).toContain('Date et heure,Personne,Ménage,Dossier');
  expect(text).toContain('Marie Van den Bussche');
  expect(text).toContain('Consultation\u00a0: dossier social');
  await expect(page.getByText(/Cet export figure lui-même dans le journal/)).toBeVisible();

  // The export is itself in the log.
  await page.reload();
  await expect(log.getByRole('row').nth(1)).toContainText('Export\u00a0: journal des accès');
  await expectNoSeriousA11yViolations(page);
});
