import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';

/** Waits for the signed-in application shell (header and main content). */
export async function waitForAppShell(page: Page): Promise<void> {
  // A dialog open on arrival (e.g. the access-reason question) brings its own <header>: the app's comes first.
  await expect(page.getByRole('banner').first()).toBeVisible();
  await expect(page.locator('#main-content')).toBeVisible();
}

/**
 * Opens the app at `path`, follows the redirect to Keycloak, signs in as a demo user and waits for
 * the application shell.
 */
export async function login(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#username')).toBeVisible();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await waitForAppShell(page);
}
