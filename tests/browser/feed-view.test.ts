import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, publishedEntries } from '../support/built-site.ts';
import { CSP_REFUSAL, useSiteInBrowser, type SiteInBrowser } from '../support/chromium.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * A feed opened in a browser, as someone who clicked an RSS link meets it: served with the site's
 * own headers, in today's Chromium (which still runs XSLT) and in Chromium with XSLT switched off,
 * as browsers are removing it. Either way they must read what a feed is and how to subscribe, with
 * no CSP refusal, no console error and no failed request (the favicon included).
 */

const production = siteConfig.url.replace(/\/$/, '');
const rssFeeds = ['/rss.xml', '/articles/rss.xml', '/testimonials/rss.xml', '/tags/careers/rss.xml'];
const allFeeds = [...rssFeeds, '/feed.json'];

/** The text a reader sees, in reading order: an XML document has no body.innerText, so select it all. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const selection = getSelection();
    if (!selection) throw new Error('no selection API');
    selection.selectAllChildren(document.documentElement);
    const text = selection.toString();
    selection.removeAllRanges();
    return text;
  });
}

function feedViewTests(browserKind: string, browserSite: SiteInBrowser, runsXslt: boolean) {
  it(`is a browser that ${runsXslt ? 'runs' : 'does not run'} XSLT`, async () => {
    const page = await browserSite.browser().newPage();
    await page.goto(`${browserSite.server().home}about/`);
    expect(await page.evaluate(() => typeof (globalThis as { XSLTProcessor?: unknown }).XSLTProcessor)).toBe(
      runsXslt ? 'function' : 'undefined',
    );
    await page.close();
  }, 30_000);

  it('opens every feed with no CSP refusal, console error or failed request', async () => {
    const page = await browserSite.browser().newPage();
    for (const feed of allFeeds) {
      const response = await page.goto(`${browserSite.server().origin}${feed}`, { waitUntil: 'load' });
      expect(response?.status(), feed).toBe(200);
      expect(response?.headers()['content-security-policy'], `${feed} is served with the site's policy`).toContain(
        "default-src 'self'",
      );
    }
    await page.close();
    const refusals = browserSite.problems().filter((problem) => CSP_REFUSAL.test(problem));
    recordFigures(`feed-view-${browserKind}`, { feeds: allFeeds.length, cspRefusals: refusals.length });
    expect(refusals).toEqual([]);
  }, 60_000);

  it.each(rssFeeds)(
    'shows %s as a page that says what a feed is and how to subscribe',
    async (feed) => {
      const page = await browserSite.browser().newPage();
      await page.goto(`${browserSite.server().origin}${feed}`, { waitUntil: 'load' });
      const text = await visibleText(page);
      expect(text).toContain('This is a web feed');
      expect(text).toContain('To subscribe, copy this address into your feed reader:');
      expect(text).toContain(`${production}${feed}`);
      expect(text).toContain('How feeds work');
      // No markup and no permalinks as text: the full text and identifiers stay hidden.
      expect(text).not.toMatch(/<\/?p>|<h2|https:\/\/\S+\/(articles|testimonials)\/[a-z0-9-]+\//);
      expect(await page.locator('xslt-warning-banner').count(), 'no XSLT banner').toBe(0);
      const subscribe = page.locator('a', { hasText: 'How feeds work' });
      expect(await subscribe.getAttribute('href')).toBe(`${production}/subscribe/`);
      expect(await subscribe.isVisible()).toBe(true);
      await page.close();
    },
    30_000,
  );

  it('lists the newest stories as links to their pages, with their summaries', async () => {
    const page = await browserSite.browser().newPage();
    await page.goto(`${browserSite.server().origin}/rss.xml`, { waitUntil: 'load' });
    const links = await page
      .locator('a.feed-item-link')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => ({ href: anchor.getAttribute('href'), text: anchor.textContent })),
      );
    expect(links).toHaveLength(Math.min(publishedEntries.length, siteConfig.feedLimit));
    for (const link of links)
      expect(link.href).toMatch(new RegExp(`^${production}/(articles|testimonials)/[a-z0-9-]+/$`));
    const text = await visibleText(page);
    expect(text).toContain(links[0]?.text ?? 'no item');
    // Dates read as a person writes them ("7 December 2026"), not as RFC 822 with a midnight clock.
    expect(text).not.toMatch(/GMT|00:00:00/);
    expect(text).toMatch(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
    const box = await page.locator('a.feed-item-link').first().boundingBox();
    expect(box?.height, 'the first title is laid out').toBeGreaterThan(10);
    await page.close();
  }, 30_000);
}

describe('a feed in a browser that still runs XSLT (Chromium today)', () => {
  // Asked for explicitly, so this stays the XSLT case for as long as Chromium still has the code.
  const browserSite = useSiteInBrowser(distDir, ['--enable-blink-features=XSLT']);
  feedViewTests('xslt', browserSite, true);
});

describe('a feed in a browser without XSLT (Chromium with XSLT switched off)', () => {
  const browserSite = useSiteInBrowser(distDir, ['--disable-blink-features=XSLT']);
  feedViewTests('no-xslt', browserSite, false);
});
