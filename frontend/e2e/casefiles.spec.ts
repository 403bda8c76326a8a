import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { expectNoHorizontalOverflow } from './helpers/layout';
import { login } from './helpers/login';
import { loginAs } from './helpers/users';

/** Demo data seeded by the backend (backend/src/main/resources/demo/households.sql). */
const MARIE_HOUSEHOLD = '30000000-0000-4000-8000-000000000c01';
const MARIE_FILE = '40000000-0000-4000-8000-000000000c01';
const FATIMA_HOUSEHOLD = '30000000-0000-4000-8000-000000000c03';
const FATIMA_FILE = '40000000-0000-4000-8000-000000000c03';

const status = (page: Page) => page.getByTestId('case-status');

/** Opens the "add an entry" form, fills it and sends it. */
async function addEntry(page: Page, entry: { kind: string; summary: string; note: string; private: boolean }) {
  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  const form = page.getByRole('form', { name: 'Ajouter un contact' });
  await form.getByRole('combobox', { name: /Type de contact/ }).selectOption(entry.kind);
  await form.getByRole('textbox', { name: /^Résumé/ }).fill(entry.summary);
  await form.getByRole('textbox', { name: /^Note/ }).fill(entry.note);
  await form.getByRole('radio', { name: entry.private ? /Note privée/ : /Service social/ }).check();
  await form.getByRole('button', { name: 'Ajouter au dossier' }).click();
  await expect(form).toHaveCount(0);
}

test('(a) a social worker finds a household, opens a case file, records a private home visit, closes and reopens the file', async ({
  page,
}) => {
  const stamp = Date.now();
  await login(page, 'sw-binhome', '/households');
  await expect(page.getByRole('heading', { level: 1, name: 'Ménages' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const search = page.getByRole('searchbox', { name: 'Rechercher un ménage' });
  await search.fill('lefevre');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=lefevre/);
  await page.getByRole('link', { name: 'Paul Lefèvre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paul Lefèvre' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dossiers sociaux' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Ouvrir un dossier social' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir un dossier social — Paul Lefèvre' })).toBeVisible();
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(page.getByText('Cochez au moins une thématique.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('checkbox', { name: 'Aide administrative' }).check();
  await page.getByRole('textbox', { name: /Détail de la demande/ }).fill(`Aide pour un dossier de prime énergie ${stamp}`);
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Paul Lefèvre' })).toBeVisible();
  await expect(status(page)).toHaveText('Ouvert');
  await expect(page.getByText(`Aide pour un dossier de prime énergie ${stamp}`)).toBeVisible();
  await expect(page.getByText('Aucun contact pour l’instant.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A home visit with a private note: the first entry also starts the follow-up.
  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  await expect(page.getByRole('radio', { name: /Note privée/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Annuler' }).click();
  await addEntry(page, {
    kind: 'home-visit',
    summary: `Visite ${stamp}`,
    note: `Note privée de la visite ${stamp}`,
    private: true,
  });
  const visit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Visite ${stamp}` }) });
  await expect(visit).toBeVisible();
  await expect(visit.getByText('Note privée — pour vous uniquement')).toBeVisible();
  await expect(visit.getByText(`Note privée de la visite ${stamp}`)).toBeVisible();
  await expect(status(page)).toHaveText('En cours');
  await expectNoSeriousA11yViolations(page);

  // Its title is its summary, its kind a label; edited, it says so and keeps its earlier version.
  await expect(visit.getByTestId('entry-kind')).toHaveText(/Visite à domicile/);
  await visit.getByRole('button', { name: /^Modifier/ }).click();
  const edit = visit.getByRole('form');
  await edit.getByRole('textbox', { name: /^Résumé/ }).fill(`Visite ${stamp} complétée`);
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toHaveCount(0);
  const edited = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Visite ${stamp} complétée` }) });
  await expect(edited.getByTestId('entry-edited')).toContainText(/Modifié le .* par /);
  await edited.getByRole('button', { name: /versions précédentes/ }).click();
  const earlier = edited.getByRole('list', { name: /Versions précédentes/ });
  await expect(earlier.getByText(`Visite ${stamp}`, { exact: true })).toBeVisible();
  await expect(earlier.getByText(`Note privée de la visite ${stamp}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The timeline's filters live in the URL: a reload keeps them.
  const filters = page.getByRole('search', { name: 'Filtrer la chronologie' });
  // The box follows the URL: clicked, then checked once the URL holds the filter (check() would assert at once).
  await filters.getByRole('checkbox', { name: 'Appel téléphonique' }).click();
  await expect(page).toHaveURL(/[?&]kind=phone-call/);
  await expect(filters.getByRole('checkbox', { name: 'Appel téléphonique' })).toBeChecked();
  await expect(page.getByText('Aucun contact ne correspond à ces filtres.')).toBeVisible();
  await expect(edited).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(page.getByRole('search', { name: 'Filtrer la chronologie' }).getByRole('checkbox', { name: 'Appel téléphonique' })).toBeChecked();
  await expect(page.getByText('Aucun contact ne correspond à ces filtres.')).toBeVisible();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(edited).toBeVisible();

  // Close, with a reason asked in a dialog.
  await page.getByRole('button', { name: 'Clôturer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Clôturer le dossier' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Clôturer le dossier' }).click();
  await expect(dialog.getByText('Ce champ est obligatoire.')).toBeVisible();
  await page.waitForTimeout(300); // let the opening transition end before measuring contrast
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('textbox', { name: /Motif de clôture/ }).fill(`Prime obtenue ${stamp}`);
  await dialog.getByRole('button', { name: 'Clôturer le dossier' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toHaveText('Clôturé');
  await expect(page.getByText(`motif : Prime obtenue ${stamp}`)).toBeVisible();
  await expect(page.getByText('Rouvrez le dossier pour y ajouter un contact.')).toBeVisible();

  await page.getByRole('button', { name: 'Rouvrir' }).click();
  await expect(status(page)).toHaveText('En cours');
  await expect(page.getByText('Clôturé → En cours')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un contact' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The file is in the worker's caseload.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Paul Lefèvre' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('(b) a proximity agent sees contact details and who follows the household, never the case file', async ({ page }) => {
  await login(page, 'agent-binhome', '/households');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Ménages' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Mes dossiers' })).toHaveCount(0);

  const search = page.getByRole('searchbox', { name: 'Rechercher un ménage' });
  await search.fill('Vandenbussche');
  await search.press('Enter');
  const row = page.getByRole('row', { name: /Marie Van den Bussche/ });
  await expect(row).toBeVisible();
  await expect(row.getByText('Suivi social : Amélie Dubois')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('link', { name: 'Marie Van den Bussche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+32 2 555 01 01' })).toHaveAttribute('href', 'tel:+3225550101');
  await expect(page.getByRole('main').getByText('Suivi social : Amélie Dubois')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dossiers sociaux' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ouvrir un dossier social' })).toHaveCount(0);
  await expect(page.getByText(/apurement|arriérés/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/case-files/${MARIE_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  await expect(page.getByText(/apurement|arriérés/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('(c) another social worker states a reason to open a file; nobody but its author reads a private note', async ({
  page,
}) => {
  const stamp = Date.now();
  const secret = `Confidence privée ${stamp}`;

  // The referent writes a private note in her own file (no reason asked).
  await login(page, 'sw-binhome', `/case-files/${MARIE_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Marie Van den Bussche' })).toBeVisible();
  await addEntry(page, { kind: 'phone-call', summary: `Appel ${stamp}`, note: secret, private: true });
  await expect(page.getByText(secret)).toBeVisible();

  // A colleague outside the caseload: the reason dialog, then the timeline.
  await loginAs(page, 'sw2-binhome', `/case-files/${MARIE_FILE}`);
  const dialog = page.getByRole('dialog', { name: "Motif d’accès" });
  await expect(dialog).toBeVisible();
  await expect(page.getByText(/Revenus en baisse/)).toHaveCount(0);
  await page.waitForTimeout(300);
  await expectNoSeriousA11yViolations(page);
  // A reason from the short list, with details.
  await dialog.getByRole('radio', { name: /Remplacement d.un membre de l.équipe absent/ }).check();
  await dialog.getByRole('textbox', { name: /Précisions/ }).fill(`Remplacement de la référente ${stamp}`);
  await dialog.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Revenus en baisse/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Appel ${stamp}` })).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  // A lasting banner says the file is outside her caseload, with the reason she gave; the lifecycle is not hers.
  const banner = page.getByRole('note').filter({ hasText: 'Hors de vos dossiers' });
  await expect(banner).toContainText(`Remplacement d'un membre de l'équipe absent - Remplacement de la référente ${stamp}`);
  await expect(page.getByRole('button', { name: 'Clôturer', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ajouter un contact' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ménage/ }).getByRole('link', { name: '+32 2 555 01 01' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The server remembers the reason for this sign-in session: no second question, the banner stays.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(banner).toContainText(`Remplacement de la référente ${stamp}`);

  // The head of the social service reads the file without a reason, but not the private note.
  await loginAs(page, 'manager-binhome', `/case-files/${MARIE_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Revenus en baisse/ })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `Appel ${stamp}` })).toHaveCount(0);

  // The caseloads overview, filtered on a referent through the URL.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Dossiers du service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers du service' })).toBeVisible();
  const referent = page.getByRole('combobox', { name: 'Personne référente' });
  await expect(referent.locator('option', { hasText: 'Karim El Amrani' })).toHaveCount(1);
  await referent.selectOption({ label: 'Karim El Amrani' });
  await expect(page).toHaveURL(/[?&]referentId=00000000-0000-4000-8000-000000000102/);
  await expect(page.getByRole('link', { name: 'Jean Dupont' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Marie Van den Bussche' })).toHaveCount(0);
  await expect(page.getByTestId('count-active')).not.toHaveText('0');
  await expectNoSeriousA11yViolations(page);
});

test('(d) the DPO finds in the access log the reason a social worker gave', async ({ page }) => {
  const reason = `Permanence du mardi ${Date.now()}`;
  await login(page, 'sw2-binhome', `/case-files/${FATIMA_FILE}`);
  const dialog = page.getByRole('dialog', { name: "Motif d’accès" });
  await dialog.getByRole('radio', { name: 'Autre motif' }).check();
  await dialog.getByRole('textbox', { name: /Précisions/ }).fill(reason);
  await dialog.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Fatima El Idrissi' })).toBeVisible();

  await loginAs(page, 'dpo-binhome', '/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Ménages' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Journal des accès' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal des accès' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const household = page.getByRole('combobox', { name: 'Ménage' });
  await household.fill('el idrissi');
  await page.getByRole('option', { name: /Fatima El Idrissi/ }).click();
  await expect(page).toHaveURL(new RegExp(`householdId=${FATIMA_HOUSEHOLD}`));
  const row = page.getByRole('row').filter({ hasText: reason });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText('Karim El Amrani');
  await expect(row.first()).toContainText('Consultation');
  await expect(page.getByRole('row').filter({ hasText: 'Marie Van den Bussche' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A household without any access in the period shows an empty log.
  await household.fill('van den bussche');
  await page.getByRole('option', { name: /Marie Van den Bussche/ }).click();
  await expect(page).toHaveURL(new RegExp(`householdId=${MARIE_HOUSEHOLD}`));
  await page.getByLabel('Au', { exact: true }).fill('2000-01-01');
  await expect(page.getByText('Aucun accès ne correspond à ces filtres.')).toBeVisible();
});

test('(e) a household has one open file: its files are told apart by reference, and opening another links to the open one', async ({
  page,
}) => {
  await login(page, 'sw-binhome', `/households/${MARIE_HOUSEHOLD}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Marie Van den Bussche' })).toBeVisible();
  // Two files of the same household (the current one and an earlier, closed one): two different rows.
  const files = page.getByRole('region', { name: 'Dossiers sociaux' });
  const links = files.getByRole('link', { name: /^Dossier \d{4}-\d{4}$/ });
  await expect(links).toHaveCount(2);
  const [first, second] = await links.allTextContents();
  expect(first).not.toEqual(second);
  const current = files.locator(`a[href="/case-files/${MARIE_FILE}"]`);
  const reference = ((await current.textContent()) ?? '').replace('Dossier ', '');
  await expectNoSeriousA11yViolations(page);

  await files.getByRole('link', { name: 'Ouvrir un dossier social' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir un dossier social — Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByText('Un dossier est déjà ouvert pour ce ménage')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ouvrir le dossier' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: `Aller au dossier ${reference}` }).click();
  await expect(page).toHaveURL(new RegExp(`/case-files/${MARIE_FILE}$`));
  await expect(page.getByTestId('case-reference')).toHaveText(`Dossier ${reference}`);
  // The household on top, then the main action; her own file: no banner.
  const household = page.getByRole('region', { name: 'Ménage — Marie Van den Bussche' });
  await expect(household.getByRole('link', { name: '+32 2 555 01 01' })).toHaveAttribute('href', 'tel:+3225550101');
  await expect(household.getByText('Tom Van den Bussche (partenaire)')).toBeVisible();
  await expect(household.getByText('Néerlandais')).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('a social worker uses her caseload and a case file on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, 'sw-binhome', '/caseload');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fatima El Idrissi' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.goto(`/case-files/${MARIE_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier social — Marie Van den Bussche' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Revenus en baisse/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.goto(`/households/${MARIE_HOUSEHOLD}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Marie Van den Bussche' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);
});
