import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { runLighthouse } from '../support/lighthouse-run.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * Lighthouse's performance score (mobile preset, the median of three runs) on four kinds of page
 * of the built site, through the same script a developer runs (npm run lighthouse). It times page
 * loads, so this group runs last and alone; accessibility, best practices and SEO time nothing and
 * run with the browser tests (tests/browser/lighthouse-audits.test.ts).
 */

describe('Lighthouse performance', () => {
  it('is at least 0.95 on the home page, an article, a tag page and the testimonials', async () => {
    const scores = await runLighthouse(distDir, 'performance');
    recordFigures('lighthouse-performance', scores);
    expect(Object.keys(scores)).toHaveLength(4);
    for (const [page, categories] of Object.entries(scores))
      expect(categories['performance'], page).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});
