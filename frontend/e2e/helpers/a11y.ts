import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits until no loading indicator (LoadingState: a status marked data-loading) is left, so that axe sees the real page. Other
 * status regions (a page's live messages such as "task done") stay and are not waited for.
 */
export async function waitForContent(page: Page): Promise<void> {
  await expect(page.locator('main [role="status"][data-loading="true"]')).toHaveCount(0);
}

/** Fails on any WCAG 2 A/AA violation of impact "serious" or "critical" on the current page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await waitForContent(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      // e.g. the colours and the ratio of a contrast failure
      summary: v.nodes[0]?.failureSummary,
    }));
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}
