import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { runLighthouse } from '../support/lighthouse-run.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * Lighthouse's accessibility, best-practices and SEO audits (mobile preset) on four kinds of page
 * of the built site, through the same script a developer runs (npm run lighthouse -- --only
 * audits). They time nothing, so they run beside the other browser tests; the timed performance
 * runs are in tests/lighthouse/.
 */

describe('Lighthouse audits', () => {
  it('score 1.00 for accessibility, best practices and SEO on the home page, an article, a tag page and the testimonials', async () => {
    const scores = await runLighthouse(distDir, 'audits');
    recordFigures('lighthouse-audits', scores);
    expect(Object.keys(scores)).toHaveLength(4);
    for (const [page, categories] of Object.entries(scores)) {
      expect(categories['accessibility'], page).toBe(1);
      expect(categories['best-practices'], page).toBe(1);
      expect(categories['seo'], page).toBe(1);
    }
  }, 300_000);
});
