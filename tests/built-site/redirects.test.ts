import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.ts';
import { htmlPages, pageExists, readText, redirectPages } from '../support/built-site.ts';
import { redirectPageProblems, refreshTarget } from '../support/redirect-page.ts';

/*
 * Retired story addresses (Astro's `redirects` in astro.config.ts) still work for anyone holding an
 * old link, and nothing the site publishes points at them any more.
 */

const redirects = Object.entries(astroConfig.redirects ?? {}).map(([from, to]) => ({
  from,
  to: typeof to === 'string' ? to : to.destination,
}));

describe('retired addresses', () => {
  it('include the merged "Why I chose a career in service"', () => {
    expect(redirects).toContainEqual({
      from: '/articles/why-i-chose-a-career-in-service/',
      to: '/articles/why-agents-come-back-every-day/',
    });
  });

  it('are the only redirect pages in the build, so the other page tests leave out no real page', () => {
    expect(redirectPages()).toEqual(redirects.map(({ from }) => from).sort());
  });

  it.each(redirects)('$from sends readers to $to with a link they can follow, and no inline code', ({ from, to }) => {
    expect(pageExists(from)).toBe(true);
    expect(redirectPageProblems(readText(from), to)).toEqual([]);
    expect(pageExists(to), `${to} is a page`).toBe(true);
    expect(refreshTarget(readText(to)), `${to} is a story, not another redirect`).toBeUndefined();
  });

  it.each(redirects)('$from is in no sitemap, feed or index, and no page links to it', ({ from, to }) => {
    for (const file of ['/sitemap-0.xml', '/rss.xml', '/feed.json', '/llms.txt', '/llms-full.txt']) {
      expect(readText(file), file).not.toContain(from);
    }
    expect(readText('/sitemap-0.xml')).toContain(to);
    const linking = htmlPages().filter((page) => page !== from && readText(page).includes(`href="${from}"`));
    expect(linking).toEqual([]);
  });
});
