import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.ts';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * A reader following an old link to a retired story lands on the piece that replaced it, served
 * with the site's real headers (CSP included), without the browser refusing anything on the way.
 */

const site = useSiteInBrowser(distDir);

const redirects = Object.entries(astroConfig.redirects ?? {}).map(([from, to]) => ({
  from,
  to: typeof to === 'string' ? to : to.destination,
}));

describe('an old link in the browser', () => {
  it('is followed to a retired address at all', () => {
    expect(redirects.length).toBeGreaterThan(0);
  });

  it.each(redirects)('$from lands on $to, under the CSP', async ({ from, to }) => {
    const page = await site.browser().newPage();
    const at = (sitePath: string) => new URL(sitePath.slice(1), site.server().home).href;
    await page.goto(at(from));
    await page.waitForURL(at(to), { timeout: 15_000 });
    await page.waitForLoadState('load');
    expect(await page.locator('h1').innerText()).not.toBe('');
    await page.close();
  });
});
