import { describe, expect, it } from 'vitest';
import { distDir, publishedEntries, urlOf } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * Sharing a story in Chromium: a button copies its address, the system share sheet is offered
 * only where the browser has one, and neither loads anything from another site (the watcher of
 * useSiteInBrowser fails the test on any request that leaves the site).
 */

const site = useSiteInBrowser(distDir);
const [story] = publishedEntries;
if (!story) throw new Error('the content under test has no published story');

describe('sharing a story', () => {
  it('copies the story’s address with one press', async () => {
    const context = await site.browser().newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server().origin });
    const page = await context.newPage();
    await page.goto(`${site.server().origin}${urlOf(story)}`);
    const address = await page.locator('#share-address').inputValue();
    await page.getByRole('button', { name: 'Copy the address of this story' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await expect.poll(() => page.locator('.share [role="status"]').innerText()).toBe('Copied');
    await context.close();
  });

  it('offers the system share sheet only where the browser has one, handing it the title and address', async () => {
    const without = await site.browser().newPage();
    await without.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await without.goto(`${site.server().origin}${urlOf(story)}`);
    expect(await without.getByRole('button', { name: 'Share…' }).isVisible()).toBe(false);
    await without.close();

    const page = await site.browser().newPage();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, 'sharedForTest', { value: shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
        configurable: true,
      });
    });
    await page.goto(`${site.server().origin}${urlOf(story)}`);
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest);
    expect(shared).toEqual([
      { title: await page.locator('h1').innerText(), url: await page.locator('#share-address').inputValue() },
    ]);
    await page.close();
  });
});
