import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { expectNoHorizontalOverflow } from './helpers/layout';
import { login } from './helpers/login';

/** Demo data seeded by the backend (backend/src/main/resources/demo/agenda.sql and households.sql). */
const MARIE_FILE = '40000000-0000-4000-8000-000000000c01';
const LATER_TASK = 'Bilan du plan d’apurement';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('on a 360 px phone a social worker sees everything ahead, ticks a later task, plans an appointment and gets her calendar feed', async ({
  page,
}) => {
  const subject = `Entretien ${Date.now()}`;
  await login(page, 'sw-binhome', '/agenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();

  // Everything ahead: a task due in three weeks sits under "Later", with this week's appointments.
  const later = page.getByRole('region', { name: /^Plus tard/ });
  await expect(later.getByRole('link', { name: LATER_TASK })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Cette semaine/ }).getByRole('link', { name: 'Visite à domicile', exact: true })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);

  // Ticked from the agenda, it leaves it.
  await later.getByRole('checkbox', { name: `Marquer comme faite\u00a0: ${LATER_TASK}` }).tap();
  await expect(page.getByRole('status').filter({ hasText: `Tâche «\u00a0${LATER_TASK}\u00a0» faite.` })).toBeVisible();
  await expect(later.getByRole('link', { name: LATER_TASK })).toHaveCount(0);

  // The calendar feed: an address to copy into Outlook, read without signing in, with no case content.
  const address = page.getByRole('textbox', { name: 'Adresse de votre agenda' });
  await expect(address).toHaveValue(/\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics\?lang=fr$/);
  await expect(page.getByRole('button', { name: 'Copier l’adresse' })).toBeVisible();
  const feed = await page.request.get(await address.inputValue());
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const calendar = await feed.text();
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toMatch(/SUMMARY:Visite à domicile – \d{4}-\d{4,}\r\n/);
  for (const secret of ['Van den Bussche', 'Marie', 'apurement', 'Au domicile', 'Homborch']) {
    expect(calendar).not.toContain(secret);
  }
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);

  // An appointment planned from the case file page appears in the agenda.
  await page.goto(`/case-files/${MARIE_FILE}`);
  await expect(page.getByRole('heading', { level: 1, name: /Marie Van den Bussche/ })).toBeVisible();
  await page.getByRole('button', { name: 'Planifier un rendez-vous' }).tap();
  const form = page.getByRole('form', { name: 'Planifier un rendez-vous' });
  await form.getByRole('combobox', { name: /Type/ }).selectOption('office-interview');
  await form.getByRole('textbox', { name: /^Objet/ }).fill(subject);
  await form.getByLabel(/^Date/).fill(inDays(2));
  await form.getByLabel(/^Début/).fill('14:00');
  await form.getByLabel(/^Fin/).fill('14:45');
  await form.getByRole('textbox', { name: /^Lieu/ }).fill('Siège, bureau 3');
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Planifier', exact: true }).tap();
  await expect(form).toHaveCount(0);
  const appointments = page.getByRole('region', { name: 'Rendez-vous' });
  await expect(appointments.getByText(subject)).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.goto('/agenda');
  await expect(page.getByRole('region', { name: /^Cette semaine/ }).getByRole('link', { name: subject })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);
});
