import type { Page } from '@playwright/test';
import { login } from './login';

/**
 * Signs in as another demo user in the same page: dropping the cookies ends the Keycloak session,
 * so the next visit asks for credentials again (and the server sees a new sign-in session).
 */
export async function loginAs(page: Page, username: string, path = '/'): Promise<void> {
  await page.context().clearCookies();
  await login(page, username, path);
}
