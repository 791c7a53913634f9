import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { checkContent, formatReport } from '../../src/content-check/check-content.ts';
import { launchChromium } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEntries } from '../support/built-site.ts';
import { childEnv, copyProject, projectRoot, unpublishedFixtureFiles } from '../support/project-copy.ts';

/*
 * The publish rule as editors meet it: `astro dev` shows drafts and scheduled entries, each with
 * a banner saying why the live site does not have it yet. (The production side of the rule is
 * tested on the built site in built-site/pages.test.ts.) And a content error as editors meet it
 * in the preview: in the browser tab, in the words of `npm run check:content`, until it is fixed.
 */

let dev: ChildProcess | undefined;
let root = '';
let origin = '';
let log = '';

beforeAll(async () => {
  root = copyProject('dev-preview', unpublishedFixtureFiles);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: root,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Generous: on a loaded 2-core machine astro dev has taken over a minute to answer.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5_000) });
      log += `\nGET / -> ${response.status}`;
      if (response.ok) return;
    } catch (error) {
      log += `\nGET / -> ${String((error as Error).cause ?? error)}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer within 180 s:\n${log}`);
}, 240_000);

afterAll(() => {
  dev?.kill('SIGTERM');
});

async function page(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${origin}${url}`);
  return { status: response.status, html: await response.text() };
}

describe('npm run dev', () => {
  it('previews a draft article with a draft banner', async () => {
    const { status, html } = await page('/articles/fixture-draft-article/');
    expect(status).toBe(200);
    expect(html).toContain('FIXTURE-DRAFT-BODY');
    expect(html).toMatch(/class="publish-banner"[^>]*>\s*<strong[^>]*>Draft\.<\/strong>/);
  });

  it('previews a scheduled article with the date it goes live', async () => {
    const { status, html } = await page('/articles/fixture-scheduled-article/');
    expect(status).toBe(200);
    expect(html).toMatch(
      /class="publish-banner"[^>]*>\s*<strong[^>]*>\s*Scheduled for <time datetime="2099-01-01"[^>]*>1 January 2099<\/time>/,
    );
  });

  it('previews a draft testimonial with a draft banner', async () => {
    const { status, html } = await page('/testimonials/fixture-draft-testimonial/');
    expect(status).toBe(200);
    expect(html).toMatch(/class="publish-banner"[^>]*>\s*<strong[^>]*>Draft\.<\/strong>/);
  });

  it('shows no banner on a published entry', async () => {
    const published = publishedEntries.find((entry) => entry.collection === 'articles');
    expect(published).toBeDefined();
    const { status, html } = await page(`/articles/${published?.id}/`);
    expect(status).toBe(200);
    expect(html).not.toMatch(/class="publish-banner"/);
  });
});

describe('a content error in npm run dev', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('shows in the browser, in the words of check:content, and goes away when the file is fixed', async () => {
    const entry = publishedEntries.find((candidate) => candidate.collection === 'articles');
    expect(entry).toBeDefined();
    const file = path.join(root, entry?.file ?? '');
    const good = readFileSync(file, 'utf8');
    const title = good.match(/^title: "(.+)"$/m)?.[1] ?? '';
    expect(title).not.toBe('');
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${origin}/articles/${entry?.id}/`);
    expect(await page.locator('h1').first().innerText()).toBe(title);

    writeFileSync(file, good.replace(/^tags: \[/m, 'tags: [phone-suport, '));
    const expected = checkContent(root)
      .reports.filter((report) => report.severity === 'error')
      .map(formatReport);
    expect(expected).toEqual([
      `${entry?.file}: tags[0]: "phone-suport" is not on the list of tags; did you mean "phone-support"? Write phone-support, or, for a new tag, add it to content/tags.yaml with a label and a one-sentence description`,
    ]);
    // The page reloads by itself (the server may reload it more than once while it settles) and
    // shows the error, in the page and in Astro's overlay. A read during a reload counts as empty.
    const settled = async <T>(read: () => Promise<T>, empty: T): Promise<T> => {
      try {
        return await read();
      } catch {
        return empty;
      }
    };
    await expect
      .poll(
        () =>
          settled(
            async () => (await page.locator('#content-errors li').allInnerTexts()).map((line) => line.trim()),
            [],
          ),
        { timeout: 60_000 },
      )
      .toEqual(expected);
    const overlayText = () =>
      settled(
        () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''),
        '',
      );
    await expect.poll(overlayText, { timeout: 30_000 }).toContain(expected[0]);
    expect(await overlayText()).toContain('npm run check:content');

    writeFileSync(file, good);
    await page.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#content-errors').count()).toBe(0);
  }, 180_000);
});
