import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from './support/project-copy.ts';
import { refreshTarget } from './support/redirect-page.ts';
import { serveDist, type DistServer } from './support/serve-dist.ts';

/*
 * A sub-path deploy: the site built with SITE_BASE=/stories, served under /stories/ only, must have
 * every link, asset, feed URL and canonical URL under that path.
 */

const SITE_URL = 'https://example.org';
const BASE = '/stories';
let dist = '';
let server: DistServer;

beforeAll(async () => {
  const root = copyProject('site-sub-path');
  const result = await buildProject(root, { SITE_BASE: BASE, SITE_URL });
  if (result.code !== 0) throw new Error(`sub-path build failed:\n${result.output}`);
  dist = path.join(root, 'dist');
  server = await serveDist(dist, BASE);
}, 300_000);

afterAll(async () => {
  await server?.close();
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
