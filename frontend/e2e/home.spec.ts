import { expectNoSeriousA11yViolations } from './helpers/a11y';
import { expect, test } from './helpers/console';
import { expectNoHorizontalOverflow } from './helpers/layout';
import { login } from './helpers/login';
import { loginAs } from './helpers/users';

test.describe('a social worker’s home on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('shows the recent files and the files gone quiet; a navigation puts the focus on the new page’s title', async ({ page }) => {
    await login(page, 'sw-binhome', '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Bonjour, Amélie Dubois' })).toBeVisible();

    const recent = page.getByRole('region', { name: 'Vos dossiers récents' });
    // Marie has an earlier closed file too (demo data): both are hers, the followed one first.
    await expect(recent.getByRole('link', { name: 'Marie Van den Bussche' }).first()).toHaveAttribute(
      'href',
      '/case-files/40000000-0000-4000-8000-000000000c01',
    );
    const quiet = page.getByRole('region', { name: 'Dossiers sans activité' });
    await expect(quiet.getByRole('link', { name: 'Georges Wouters' })).toBeVisible();
    await expect(quiet.getByText(/^\d{4}-\d{4} · aucune activité depuis 4[5-6] jours$/)).toBeVisible();
    await expect(quiet.getByRole('link', { name: 'Marie Van den Bussche' })).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await expectNoSeriousA11yViolations(page);

    // From the home to a file: the file's title takes the focus (a screen reader announces the page).
    await quiet.getByRole('link', { name: 'Georges Wouters' }).tap();
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText('Georges Wouters');
    await expect(title).toBeFocused();

    // Through the menu: the same.
    await page.getByRole('button', { name: 'Ouvrir le menu' }).tap();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Bonjour, Amélie Dubois' })).toBeFocused();
  });
});

test.describe('the homes of the other roles at 1280 px', () => {
  test('the manager’s counts, the admin’s data to complete, the DPO’s retention notices', async ({ page }) => {
    await login(page, 'manager-binhome', '/');
    const service = page.getByRole('region', { name: 'Votre service aujourd’hui' });
    await expect(service.getByText('Dossiers suivis')).toBeVisible();
    await expect(service.getByRole('link', { name: 'Amélie Dubois' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await service.getByRole('link', { name: 'Tous les suivis' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    await loginAs(page, 'admin-binhome', '/');
    const data = page.getByRole('region', { name: 'Données à compléter' });
    await expect(data.getByTestId('gap-householdsWithoutContact').getByRole('link')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await data.getByTestId('gap-householdsWithoutContact').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ménages' })).toBeFocused();

    await loginAs(page, 'dpo-binhome', '/');
    const notices = page.getByRole('region', { name: 'Conservation\u00a0: à surveiller' });
    await expect(notices.getByTestId('retention-total')).toBeVisible();
    await expect(notices.getByRole('link', { name: 'Répondre à une demande d’accès' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a select shows a visible focus ring', async ({ page }) => {
    await login(page, 'manager-binhome', '/caseloads');
    const select = page.getByRole('combobox', { name: 'Statut' });
    await select.focus();
    const outline = await select.evaluate((e) => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth);
    expect(outline).toBe('solid 2px');
  });
});
