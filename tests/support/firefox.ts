import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findTool, TEST_TOOLS } from './test-tools.ts';

/*
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi: the second browser the
 * pages are swept in. Tests fail, never skip, when it is missing.
 */

export function findFirefox(): string {
  return findTool(TEST_TOOLS.firefox);
}

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // No updates, telemetry or other calls home while the tests run.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
}

/**
 * Records, one line each, what Firefox complains about on a page: console errors, uncaught script
 * errors, requests that fail or leave the site's origin, and sub-resources answered with an error
 * status. CSP refusals do not reach the console over BiDi; count the server's CSP reports for them.
 */
export function watchFirefoxPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  const where = () => {
    try {
      return new URL(page.url()).pathname;
    } catch {
      return page.url();
    }
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where()}: page error: ${String(error)}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'no reason';
    // Firefox cancels what is still loading (an icon, a search worker) when the tab moves on to the
    // next page; that is the sweep's doing, not the page's.
    if (reason !== 'NS_BINDING_ABORTED') problems.push(`${where()}: request failed: ${request.url()} (${reason})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin)
      problems.push(`${where()}: request leaves the site: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`${where()}: ${response.status()} for ${response.url()}`);
  });
  return problems;
}
