import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * Readers' journeys in a real browser: browsing from the home page into tags and their pages,
 * the 404 page, keyboard-only use, the narrowest phone screen, and the theme menu.
 */

const site = useSiteInBrowser(distDir);

const pathOf = (url: string) => new URL(url).pathname;

describe('reader journeys', () => {
  it('goes home → article → tag → page 2 of a tag → back', async () => {
    const page = await site.browser().newPage();
    await page.goto(site.server().home);
    await page.click('main .card__title a[href^="/articles/"]');
    expect(pathOf(page.url())).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    await page.click('.entry .tag-list a');
    expect(pathOf(page.url())).toMatch(/^\/tags\/[a-z0-9-]+\/$/);
    await page.goto(`${site.server().home}tags/careers/`);
    await page.click('a[rel="next"]');
    expect(pathOf(page.url())).toBe('/tags/careers/2/');
    expect(await page.textContent('h1')).toContain('page 2 of');
    await page.goBack();
    expect(pathOf(page.url())).toBe('/tags/careers/');
    await page.close();
  }, 30_000);

  it('shows the 404 page with a 404 status for a missing address', async () => {
    // Chromium logs the page's own 404 status as a console error; that one is expected here.
    site.allowProblems(/^\/no-such-story\/: console error: Failed to load resource: .* 404/);
    const page = await site.browser().newPage();
    const response = await page.goto(`${site.server().home}no-such-story/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toMatch(/could not find/i);
    await page.click('text=The home page');
    expect(pathOf(page.url())).toBe('/');
    await page.close();
  }, 30_000);

  it('works from the keyboard: the skip link comes first and moves focus to the main content', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().home}articles/handling-escalation-calmly/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    expect(await page.isVisible('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(inMain).toBe(true);
    await page.close();
  }, 30_000);

  it('fits a 320 px screen without sideways scrolling', async () => {
    const context = await site.browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const sample = [
      '',
      'articles/',
      'articles/chat-email-and-phone-a-channel-guide/',
      'testimonials/',
      'testimonials/ines-bilingual-telecom-agent/',
      'tags/',
      'tags/careers/',
      'subscribe/',
      'archive/',
      'search/',
    ];
    const overflowing: string[] = [];
    for (const url of sample) {
      await page.goto(`${site.server().home}${url}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`/${url}: ${width}px`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  }, 60_000);

  it('switches theme with the theme menu, remembers it, and never flashes the wrong one', async () => {
    const context = await site.browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server().home);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect(await page.inputValue('#theme-choice')).toBe('system');
    await page.selectOption('#theme-choice', 'dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    // On the next page the choice is applied before the first paint: the inline head script has
    // already set data-theme when the body is parsed.
    await page.goto(`${site.server().home}about/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background()).toBe(dark);
    await context.close();
  }, 30_000);

  it('hides the theme menu when JavaScript is off, and the page still reads', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server().home}articles/handling-escalation-calmly/`);
    expect(await page.isVisible('#theme-choice')).toBe(false);
    expect(await page.textContent('h1')).toContain('escalation');
    await context.close();
  }, 30_000);
});
