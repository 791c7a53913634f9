import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * /subscribe/ in Chromium at a phone's width: every feed address is a link with a copy button
 * that really copies it, no address breaks inside a word, and the tag feeds fold away.
 */

const site = useSiteInBrowser(distDir);

describe('/subscribe/ on a phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`offers each feed as a link with a working copy button, breaking lines only after a slash (${colorScheme})`, async () => {
      const context = await site.browser().newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server().origin });
      const page = await context.newPage();
      await page.goto(`${site.server().home}subscribe/`);
      const addresses = page.locator('.feed-list .feed-address');
      expect(await addresses.count()).toBe(4);
      for (let index = 0; index < 4; index += 1) {
        const address = addresses.nth(index);
        const link = address.locator('a');
        const href = await link.getAttribute('href');
        expect(href).toMatch(/^https?:\/\/.+\.(xml|json)$/);
        expect((await link.innerText()).replace(/\s/g, '')).toBe(href);
        const button = address.getByRole('button', { name: /^Copy/ });
        expect(await button.isVisible()).toBe(true);
        await button.click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
        await expect.poll(() => address.getByRole('status').innerText()).toBe('Copied');
      }
      // Where an address wraps, the line ends just after a slash, never inside a word.
      const badBreaks = await page.locator('.feed-address a').evaluateAll((links) =>
        links.flatMap((link) => {
          const text = link.textContent ?? '';
          const range = document.createRange();
          const tops: number[] = [];
          let offset = 0;
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
          const nodes: Node[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
          for (const node of nodes) {
            for (let at = 0; at < (node.textContent ?? '').length; at += 1) {
              range.setStart(node, at);
              range.setEnd(node, at + 1);
              tops[offset + at] = Math.round(range.getBoundingClientRect().top);
            }
            offset += (node.textContent ?? '').length;
          }
          return tops.flatMap((top, at) =>
            at > 0 && top !== tops[at - 1] && text[at - 1] !== '/' ? [`${text.slice(0, at)}|${text.slice(at)}`] : [],
          );
        }),
      );
      expect(badBreaks).toEqual([]);
      await context.close();
    });
  }

  it('folds the tag feeds away, one click from every one of them', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server().home}subscribe/`);
    const tagFeeds = page.locator('details.tag-feeds');
    expect(await tagFeeds.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4 * 844);
    await tagFeeds.locator('summary').click();
    const links = tagFeeds.locator('.feed-address a');
    expect(await links.count()).toBeGreaterThan(5);
    expect(await links.first().isVisible()).toBe(true);
    await page.close();
  });
});
