import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir } from '../support/built-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { startNginx, type RunningNginx } from '../support/nginx-server.ts';
import { projectRoot } from '../support/project-copy.ts';

/*
 * The nginx recipe, really served: deploy/nginx.conf over the built dist/, checked for headers,
 * caching, content types, compression, the 404 page and slash handling.
 */

let server: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  server = await startNginx(distDir, path.join(projectRoot, '.tmp', 'nginx'));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The bytes as sent, not decompressed as fetch() would. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const get = (url: string, init: RequestInit = {}) => fetch(`${server.origin}${url}`, { redirect: 'manual', ...init });

describe('deploy/nginx.conf', () => {
  it('sends the security headers on an HTML page, with a CSP that has no unsafe-inline', async () => {
    const response = await get('/articles/handling-escalation-calmly/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' ('sha256-[A-Za-z0-9+/=]+' )+'wasm-unsafe-eval'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(response.headers.get('server')).toBe('nginx');
  });

  it('caches hashed assets for a year, with the security headers too', async () => {
    const asset = readdirSync(path.join(distDir, '_astro')).find((name) => name.endsWith('.css'));
    const response = await get(`/_astro/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves feeds with their content types and short caching', async () => {
    for (const [url, type] of [
      ['/rss.xml', 'application/xml; charset=utf-8'],
      ['/tags/careers/rss.xml', 'application/xml; charset=utf-8'],
      ['/feed.json', 'application/feed+json; charset=utf-8'],
    ] as const) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=600');
      expect(response.headers.get('content-security-policy'), url).toBeTruthy();
    }
  });

  it('compresses text responses', async () => {
    const response = await get('/rss.xml', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the .gz the build wrote, byte for byte, instead of compressing the feed again', async () => {
    for (const url of ['/rss.xml', '/feed.json', '/']) {
      const file = url.endsWith('/') ? `${url}index.html` : url;
      const { headers, body } = await rawGet(`${server.origin}${url}`, { 'accept-encoding': 'gzip' });
      expect(headers['content-encoding'], url).toBe('gzip');
      expect(headers['vary'], url).toBe('Accept-Encoding');
      expect(body.equals(readFileSync(path.join(distDir, `${file}.gz`))), `${url} is the prebuilt .gz`).toBe(true);
    }
    // Asked for nothing compressed, nginx sends the file itself.
    const plain = await rawGet(`${server.origin}/rss.xml`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(path.join(distDir, 'rss.xml')))).toBe(true);
  });

  it('serves the sitemaps with their charset, and compressed when they are worth it', async () => {
    for (const url of ['/sitemap-index.xml', '/sitemap-0.xml']) {
      const { headers } = await rawGet(`${server.origin}${url}`, { 'accept-encoding': 'gzip' });
      expect(headers['content-type'], url).toBe('text/xml; charset=utf-8');
    }
    // The index is a few hundred bytes, under gzip_min_length; the sitemap itself is several KB.
    const { headers } = await rawGet(`${server.origin}/sitemap-0.xml`, { 'accept-encoding': 'gzip' });
    expect(headers['content-encoding']).toBe('gzip');
  });

  it('serves /feeds.opml as OPML with its charset and the security headers, not as a download', async () => {
    const { headers } = await rawGet(`${server.origin}/feeds.opml`, {});
    expect(headers['content-type']).toBe('text/x-opml; charset=utf-8');
    expect(headers['content-security-policy']).toBeTruthy();
  });

  it('answers a missing page with a real 404 and the site 404 page', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('We could not find that page');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });

  it('redirects a folder without its slash to the slash form, as the site links it', async () => {
    const response = await get('/about');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
  });

  it('keeps the host-only files private', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_nginx/security-headers.conf')).status).toBe(404);
  });

  it('logged no errors', () => {
    expect(server.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});

describe('every sitemap page through nginx in Chromium', () => {
  const sitemapPaths = [
    ...readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
  ].map((match) => new URL(match[1] ?? '').pathname);

  it('loads with no CSP violation and no console error', async () => {
    expect(sitemapPaths.length).toBeGreaterThan(40);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    for (const pathname of sitemapPaths) {
      const response = await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
      expect(response?.status(), pathname).toBe(200);
    }
    const search = await context.newPage();
    search.on('console', (message) => {
      if (message.type() === 'error') problems.push(`search: console error: ${message.text()}`);
    });
    await search.goto(`${server.origin}/search/?q=escalation`);
    await search
      .waitForSelector('#search-results li', { timeout: 15_000 })
      .catch(() => problems.push('/search/?q=escalation: no results appeared under the CSP'));
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
