import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { launchFirefox, watchFirefoxPage } from '../support/firefox.ts';
import { projectRoot } from '../support/project-copy.ts';
import { recordFigures, sitemapPaths } from '../support/quality-figures.ts';
import { serveDist, type CspReport, type DistServer } from '../support/serve-dist.ts';

/*
 * Every page in the sitemap, in a second browser: Firefox ESR over WebDriver BiDi, one browser and
 * one tab, page after page. A page fails on a console error, a script error, a failed or
 * off-site request, an error status for anything it loads, or a CSP refusal. Firefox does not
 * report CSP refusals to the console over BiDi, so the server sends a report-only copy of the
 * policy with a report-uri on itself and the test counts the reports; a page with a script the
 * policy does not allow shows that a refusal is counted.
 */

let browser: Browser;
let site: DistServer;
let tab: Page;

/** Waits until `reports` gives at least `count` reports or `ms` pass; reports arrive after the page. */
async function settledReports(reports: () => CspReport[], count: number, ms: number): Promise<CspReport[]> {
  const deadline = Date.now() + ms;
  while (reports().length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return reports();
}

beforeAll(async () => {
  site = await serveDist(distDir, '/', { reportCsp: true });
  browser = await launchFirefox();
  tab = await browser.newPage();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every sitemap page in Firefox ESR', () => {
  it('loads with no console error, failed request or CSP refusal', async () => {
    const paths = sitemapPaths(readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8'));
    expect(paths.length).toBeGreaterThan(40);
    const problems = watchFirefoxPage(tab, site.origin);
    const started = performance.now();
    for (const pathname of [...paths, '/search/?q=escalation']) {
      const response = await tab.goto(`${site.origin}${pathname}`, { waitUntil: 'load' });
      expect(response?.status(), pathname).toBe(200);
    }
    await tab
      .waitForSelector('#search-results li', { timeout: 15_000 })
      .catch(() => problems.push('/search/?q=escalation: no results appeared under the CSP'));
    // Reports are posted after the page that caused them; a last empty page lets them land.
    await tab.goto('about:blank');
    const reports = await settledReports(site.cspReports, 1, 1_000);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Firefox sweep: ${paths.length + 1} pages in ${seconds.toFixed(1)} s`);
    recordFigures('firefox-pages', { pages: paths.length + 1, seconds: Number(seconds.toFixed(1)) });
    expect(problems).toEqual([]);
    expect(reports.map((report) => `${report['document-uri']}: ${report['violated-directive']}`)).toEqual([]);
  }, 240_000);

  it('counts a CSP refusal that Firefox only reports (the sweep can fail)', async () => {
    const folder = path.join(projectRoot, '.tmp', 'firefox-csp');
    mkdirSync(folder, { recursive: true });
    copyFileSync(path.join(distDir, '_headers'), path.join(folder, '_headers'));
    const head = '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>x</title>';
    writeFileSync(path.join(folder, '404.html'), `${head}<p>Not here.</p></html>`);
    writeFileSync(
      path.join(folder, 'index.html'),
      `${head}<p>Pasted:</p><script>document.title = "ran"</script></html>`,
    );
    const hostile = await serveDist(folder, '/', { reportCsp: true });
    try {
      const page = await browser.newPage();
      await page.goto(`${hostile.origin}/`, { waitUntil: 'load' });
      const reports = await settledReports(hostile.cspReports, 1, 10_000);
      expect(await page.title()).toBe('x');
      expect(reports.map((report) => report['violated-directive'] ?? report['effective-directive'])).toEqual([
        expect.stringMatching(/^script-src/),
      ]);
      await page.close();
    } finally {
      await hostile.close();
    }
  }, 60_000);
});
