import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/*
 * axe-core run in the page's own document. @axe-core/playwright ran each check in parts and then
 * opened a blank page to join them, which cost more than the check itself; our pages have no
 * frames, so one axe.run in the page gives the same results at a fraction of the time.
 */

/** WCAG 2.2 A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG rules and axe's best-practice rules. */
export const BEST_PRACTICE_TAGS = [...WCAG_TAGS, 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeCheck {
  /** Only the rules with these tags; every rule axe enables by default when left out. */
  tags?: readonly string[];
  /** Only this part of the page (a CSS selector); the whole document when left out. */
  within?: string;
}

/**
 * Loads axe into every document the context opens, before the page's own scripts, for a sweep of
 * many pages: compiled as the browser loads each page, it costs about 100 ms less a page than
 * added afterwards. It only defines `window.axe`, which nothing on the site reads.
 */
export async function axeWithEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript(axeSource);
}

/**
 * The rules the page breaks, each with the elements that break it. axe is added to the current
 * document the first time unless axeWithEveryPage did (Playwright's evaluate and init scripts are not
 * bound by the page's Content-Security-Policy).
 */
export async function axeViolations(page: Page, { tags, within }: AxeCheck = {}): Promise<Result[]> {
  // Only violations: axe then lists one node per passing rule instead of all, and violations are unchanged.
  const options: RunOptions = { resultTypes: ['violations'] };
  if (tags) options.runOnly = { type: 'tag', values: [...tags] };
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    ([selector, runOptions]) =>
      (window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }).axe.run(
        selector ?? document,
        runOptions,
      ),
    [within ?? null, options] as const,
  );
  return results.violations;
}

/** One line per violation, naming up to three of the elements: what a failing test prints. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(' | ');
    return `${where}: ${violation.id} (${violation.impact}): ${targets}`;
  });
}
