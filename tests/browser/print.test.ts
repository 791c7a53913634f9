import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';

/*
 * A story on paper: Chromium prints it to an A4 PDF and poppler's pdfinfo and pdftotext read it
 * back. Only the story is printed, it starts on the first page, the address of each link in the
 * body follows the link, and the escalation guide (a 5-minute read) takes at most three pages.
 */

const site = useSiteInBrowser(distDir);
const ARTICLE = '/articles/handling-escalation-calmly/';
const folder = mkdtempSync(path.join(tmpdir(), 'story-print-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function printed(colorScheme: 'light' | 'dark', use: (page: Page, pdf: string) => Promise<void>) {
  const context = await site.browser().newContext({ colorScheme });
  try {
    const page = await context.newPage();
    await page.goto(`${site.server().origin}${ARTICLE}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = path.join(folder, `${colorScheme}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    await use(page, pdf);
  } finally {
    await context.close();
  }
}

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const pageText = (pdf: string, first: number, last = first) =>
  execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', pdf, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');

describe('printing a story', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits the escalation guide (a 5-minute read) on at most 3 A4 pages, body from page 1, from the ${colorScheme} theme`, async () => {
      await printed(colorScheme, async (page, pdf) => {
        expect(await page.textContent('.entry__meta')).toContain('5 min read');
        expect(pageCount(pdf)).toBeLessThanOrEqual(3);
        const firstSentence = ((await page.textContent('.prose > p')) ?? '').trim().split('.')[0] ?? '';
        expect(firstSentence.length).toBeGreaterThan(20);
        expect(pageText(pdf, 1)).toContain(firstSentence);
      });
    }, 60_000);
  }

  it('prints the story only: no navigation, search, share links, related stories, Keep reading or footer', async () => {
    await printed('light', async (page, pdf) => {
      const all = pageText(pdf, 1, pageCount(pdf));
      for (const gone of [
        'Skip to content',
        'Testimonials Tags About',
        'Share this story',
        'Related stories',
        'Keep reading',
        'RSS feed',
      ]) {
        expect(all, gone).not.toContain(gone);
      }
      // The same words are on the screen: the print stylesheet is what removes them.
      await page.emulateMedia({ media: 'screen' });
      const screen = (await page.innerText('body')).replace(/\s+/g, ' ');
      for (const shown of ['Share this story', 'Related stories', 'Keep reading', 'RSS feed'])
        expect(screen).toContain(shown);
    });
  }, 60_000);

  it('writes the full address after each link in the body', async () => {
    await printed('light', async (page, pdf) => {
      const link = await page.$eval('.prose a[href^="/"]', (a) => ({
        text: a.textContent ?? '',
        href: (a as HTMLAnchorElement).href,
      }));
      const all = pageText(pdf, 1, pageCount(pdf)).replace(/\s/g, '');
      const pathname = new URL(link.href).pathname;
      expect(all).toContain(`(https://`);
      expect(all).toContain(`${pathname})`);
    });
  }, 60_000);
});
