import { describe, expect, it } from 'vitest';
import { distDir, publishedEntries, urlOf } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * Search as a reader uses it: the header form leads to /search/, Pagefind runs in the browser,
 * and the results link to the right stories.
 */

const site = useSiteInBrowser(distDir);

async function search(query: string): Promise<string[]> {
  const page = await site.browser().newPage();
  await page.goto(site.server().home);
  await page.fill('#site-search', query);
  await page.press('#site-search', 'Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await page.waitForSelector('#search-results li', { timeout: 15_000 });
  const links = await page.$$eval('#search-results li a', (anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  await page.close();
  return links;
}

describe('search in the browser', () => {
  it('finds the escalation stories for "escalation", the guide first', async () => {
    const results = await search('escalation');
    expect(results).toContain('/articles/handling-escalation-calmly/');
    expect(results).toContain('/articles/challenges-and-rewards-of-support-work/');
    // Grace's story carries the tag, but tags are not in the index (data-pagefind-ignore): words in the text are.
    expect(results).toContain('/articles/from-support-to-team-lead/');
    expect(results).not.toContain('/testimonials/grace-team-lead-financial-services/');
  }, 60_000);

  it('finds the remote stories for "remote"', async () => {
    const results = await search('remote');
    expect(results).toContain('/articles/working-remote-support-from-home/');
    expect(results).toContain('/testimonials/rosa-remote-retail-agent/');
    expect(results).toContain('/testimonials/kofi-remote-technical-support/');
  }, 60_000);

  it('only ever returns published stories', async () => {
    const published = new Set(publishedEntries.map(urlOf));
    for (const query of ['customer', 'draft', 'fixture']) {
      const page = await site.browser().newPage();
      await page.goto(`${site.server().home}search/?q=${query}`);
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.match(/match/));
      const links = await page.$$eval('#search-results li a', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const link of links) expect(published.has(link), `${query}: ${link}`).toBe(true);
      await page.close();
    }
  }, 60_000);

  it('says so when nothing matches', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().home}search/?q=xylophonist`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('No stories'));
    expect(await page.$$('#search-results li')).toHaveLength(0);
    await page.close();
  }, 30_000);
});
