import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContentFiles } from '../../src/content-check/validate-files.ts';
import { isVisible } from '../../src/stories/publishing.ts';
import { launchChromium } from '../support/chromium.ts';
import { buildProject, copyProject, reuseDrawnImages, unpublishedFixtureFiles } from '../support/project-copy.ts';
import { refreshTarget } from '../support/redirect-page.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';

/*
 * A sub-path deploy: the site built once with SITE_BASE=/stories, with more stories than one page
 * of search results, and served under /stories/ only. Every link, asset, feed URL, canonical URL
 * and sitemap entry must be under that path; llms.txt and the sitemap dates too; and search
 * ("More results" and the kind filter) must work in Chromium under the Content-Security-Policy
 * that the build wrote to its own _headers.
 */

const SITE_URL = 'https://example.org';
const BASE = '/stories';
const EXTRA_ARTICLES = 24;
let root = '';
let dist = '';
let server: DistServer;
let browser: Browser;
let published: { collection: string; id: string }[] = [];

/** Articles enough to need a second page of results for "queue", each with its own date. */
function writeExtraArticles(projectRoot: string): void {
  for (let index = 1; index <= EXTRA_ARTICLES; index += 1) {
    const number = String(index).padStart(2, '0');
    writeFileSync(
      path.join(projectRoot, 'content', 'articles', `fixture-queue-${number}.mdx`),
      [
        '---',
        `title: "Notes from the queue, part ${index}"`,
        `description: "Part ${index} of a series about the support queue, written to fill more than one page of search results."`,
        `pubDate: 2025-01-${number}`,
        'tags: [getting-started]',
        '---',
        '',
        '## The queue today',
        '',
        `The queue was long on day ${index}, and every customer in the queue was waiting for an answer.`,
        '',
      ].join('\n'),
    );
  }
}

beforeAll(async () => {
  root = copyProject('site-sub-path', unpublishedFixtureFiles);
  reuseDrawnImages(root, inject('builtRoot'));
  writeExtraArticles(root);
  const result = await buildProject(root, { SITE_BASE: BASE, SITE_URL });
  if (result.code !== 0) throw new Error(`sub-path build failed:\n${result.output}`);
  dist = path.join(root, 'dist');
  const now = { now: new Date(), includeUnpublished: false };
  published = validateContentFiles(root).files.filter((file) => isVisible(file, now));
  server = await serveDist(dist, BASE);
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How long to wait for search results: Pagefind loads its index in the browser, on a busy machine. */
const WAIT = 90_000;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const storyUrl = (entry: { collection: string; id: string }) => `${SITE_URL}${BASE}/${entry.collection}/${entry.id}/`;

describe(`llms.txt and the sitemap under SITE_BASE=${BASE}`, () => {
  it('links every published story, and only those, under the base path', () => {
    expect(published.length).toBeGreaterThan(EXTRA_ARTICLES + 10);
    const links = [...read('llms.txt').matchAll(/^- \[.+\]\((\S+)\): /gm)].map((match) => match[1] ?? '');
    for (const link of links) expect(link.startsWith(`${SITE_URL}${BASE}/`), link).toBe(true);
    const stories = links.filter((link) => /\/(articles|testimonials)\//.test(link));
    expect(stories.sort()).toEqual(published.map(storyUrl).sort());
    expect(read('llms.txt')).toContain(`(${SITE_URL}${BASE}/llms-full.txt)`);
    const full = read('llms-full.txt');
    for (const entry of published) expect(full, entry.id).toContain(`URL: ${storyUrl(entry)}\n`);
    expect(full).not.toContain('fixture-draft');
    expect(full).not.toContain('fixture-scheduled');
  });

  it('dates the story URLs of the sitemap under the base', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(
      `<loc>${SITE_URL}${BASE}/articles/fixture-queue-07/</loc><lastmod>2025-01-07T00:00:00.000Z</lastmod>`,
    );
    expect(sitemap).toContain(`<loc>${SITE_URL}${BASE}/</loc></url>`);
  });
});

/** The Content-Security-Policy the build wrote for every path under the base. */
function builtPolicy(): string {
  const headers = read('_headers');
  const policy = headers.match(/^ {2}Content-Security-Policy: (.+)$/m)?.[1];
  if (!policy) throw new Error(`no Content-Security-Policy in _headers:\n${headers}`);
  return policy;
}

/** A page whose responses carry the built policy, with every refusal and console error recorded. */
async function pageUnderPolicy(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const policy = builtPolicy();
  // The policy of a page is the one its document arrives with, so only documents need the header.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP refused ${event.blockedURI || 'inline'} (${event.violatedDirective})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

const resultPaths = (page: Page) =>
  page.$$eval('#search-results li a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );

describe('search under the site’s own Content-Security-Policy', () => {
  it('shows 20 results, then the rest with "More results", moving focus to the first new one', async () => {
    const { page, problems } = await pageUnderPolicy();
    await page.goto(`${server.home}search/?q=queue`);
    await page.waitForSelector('#search-results li', { timeout: WAIT });
    const status = (await page.textContent('#search-status')) ?? '';
    const total = Number(status.match(/^(\d+) stories match/)?.[1]);
    expect(total, status).toBeGreaterThan(20);
    expect(status).toContain('Showing the first 20.');
    expect(await page.$$('#search-results li')).toHaveLength(20);
    expect(await page.isVisible('#search-more')).toBe(true);
    // Each press adds up to 20 more and moves focus to the first of them, until all are shown.
    for (let shown = 20; shown < total; shown = Math.min(total, shown + 20)) {
      await page.click('#search-more');
      await page.waitForFunction(
        (count) => document.querySelectorAll('#search-results li').length === count,
        Math.min(total, shown + 20),
        { timeout: WAIT },
      );
      const focusedItem = await page.evaluate(() => {
        const item = document.activeElement?.closest('li');
        return item ? [...document.querySelectorAll('#search-results li')].indexOf(item) : -1;
      });
      expect(focusedItem, 'focus moves to the first new result').toBe(shown);
    }
    expect(await page.isVisible('#search-more')).toBe(false);
    expect(await page.textContent('#search-status')).not.toContain('Showing the first');
    const paths = await resultPaths(page);
    expect(new Set(paths).size).toBe(total);
    for (const result of paths) expect(result.startsWith(`${BASE}/`), result).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('filters by kind from the radio buttons, and keeps the choice in the address', async () => {
    const { page, problems } = await pageUnderPolicy();
    await page.goto(`${server.home}search/?q=customer`);
    await page.waitForSelector('#search-results li', { timeout: WAIT });
    const all = await resultPaths(page);
    expect(all.some((result) => result.includes('/testimonials/'))).toBe(true);
    expect(all.some((result) => result.includes('/articles/'))).toBe(true);
    for (const [label, kind] of [
      ['Testimonials', 'testimonials'],
      ['Articles', 'articles'],
    ] as const) {
      await page.check(`.search-kind label:has-text("${label}") input`);
      await page.waitForFunction((wanted) => new URL(location.href).searchParams.get('kind') === wanted, kind, {
        timeout: WAIT,
      });
      // The list empties while the new search runs, so wait for results, all of the chosen kind.
      await page.waitForFunction(
        (wanted) => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results li a')];
          return links.length > 0 && links.every((link) => link.pathname.includes(`/${wanted}/`));
        },
        kind,
        { timeout: WAIT },
      );
      const filtered = await resultPaths(page);
      expect(filtered.length, label).toBeGreaterThan(0);
      for (const result of filtered) expect(result, label).toContain(`${BASE}/${kind}/`);
      expect(await page.textContent('#search-status')).toMatch(new RegExp(`${kind.slice(0, -1)}s? match`));
    }
    await page.goto(`${server.home}search/?q=customer&kind=testimonials`);
    await page.waitForSelector('#search-results li', { timeout: WAIT });
    expect(await page.isChecked('.search-kind input[value="testimonials"]')).toBe(true);
    for (const result of await resultPaths(page)) expect(result).toContain(`${BASE}/testimonials/`);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('would see a refusal: an inline script the policy does not list is reported', async () => {
    const { page, problems } = await pageUnderPolicy();
    await page.goto(`${server.home}search/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
    });
    await expect.poll(() => problems.some((problem) => problem.includes('CSP refused'))).toBe(true);
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
    await page.context().close();
  }, 30_000);
});

const htmlFiles = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(path.join(dist, name), 'utf8')] as const);

describe(`a build with SITE_BASE=${BASE}`, () => {
  it('has no broken link or image anywhere, crawled from the home page', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.home,
      recurse: true,
      concurrency: 8,
      linksToSkip: [`^(?!${server.origin.replace(/[.:/]/g, '\\$&')})`],
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    expect(broken.map((link) => `${link.status} ${link.url} (on ${link.parent})`)).toEqual([]);
    const checked = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url));
    // The 404 page is never linked, and the search page is reached through the header's form.
    expect((await fetch(`${server.home}search/`)).status).toBe(200);
    // Redirect pages at retired addresses are for old links from elsewhere, so nothing here links to them.
    const pages = htmlFiles().filter(
      ([file, html]) => !['404.html', 'search/index.html'].includes(file) && !refreshTarget(html),
    );
    for (const [name] of pages) {
      const url = `${server.home}${name.replace(/index\.html$/, '')}`;
      expect(checked.has(url), `${url} was reached by the crawl`).toBe(true);
    }
  }, 120_000);

  it('sends the retired addresses to their new pages under the base', () => {
    const redirects = htmlFiles().filter(([, html]) => refreshTarget(html));
    expect(redirects.length).toBeGreaterThan(0);
    for (const [name, html] of redirects) expect(refreshTarget(html), name).toMatch(new RegExp(`^${BASE}/articles/`));
  });

  it('writes every root-relative URL in every page under the base', () => {
    for (const [name, html] of htmlFiles()) {
      const outside = [...html.matchAll(/\s(?:href|src|action|srcset)="(\/[^"]*)"/g)]
        .map((match) => match[1] ?? '')
        .filter((url) => !url.startsWith(`${BASE}/`));
      expect(outside, name).toEqual([]);
    }
  });

  it('puts the base in canonical URLs, feed links and feed items', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}/">`);
    expect(home).toContain(`href="${SITE_URL}${BASE}/rss.xml"`);
    const rss = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain(`<?xml-stylesheet href="${BASE}/rss.css" type="text/css"?>`);
    expect(rss).toContain(`<atom:link href="${SITE_URL}${BASE}/rss.xml"`);
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link?.startsWith(`${SITE_URL}${BASE}/`), link).toBe(true);
    const hrefsInContent = [...rss.matchAll(/href=&quot;([^&]+)&quot;/g)].map((match) => match[1] ?? '');
    for (const href of hrefsInContent.filter((url) => url.startsWith(SITE_URL))) {
      expect(href.startsWith(`${SITE_URL}${BASE}/`), href).toBe(true);
    }
  });

  it('writes the sitemap, robots.txt and headers file under the base', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE_URL}${BASE}/sitemap-index.xml`,
    );
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].every((match) => match[1]?.startsWith(`${SITE_URL}${BASE}/`)),
    ).toBe(true);
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}/\\*\\n`));
  });
});
