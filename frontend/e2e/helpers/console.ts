import { expect, test as base } from '@playwright/test';

/**
 * A Playwright `test` that fails when the page logs an error to the console or throws: a React warning (invalid DOM
 * nesting in a development build), an uncaught exception. A resource the server refuses (a 403 or 404 a journey
 * expects) is the network's answer, not a page error, and is left to the journey to check.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (/^Failed to load resource: the server responded with a status of \d+/.test(message.text())) return;
        errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, 'errors on the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
