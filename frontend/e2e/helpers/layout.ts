import { expect, type Page } from '@playwright/test';

/** The page must not scroll sideways: its content fits the viewport's width. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, viewport } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${viewport}px viewport`).toBeLessThanOrEqual(viewport + 1);
}
