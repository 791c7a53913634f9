import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_FLAGS, findHeadlessShell } from './chromium-binary.ts';
import { serveDist, type DistServer } from './serve-dist.ts';

/*
 * Debian's Chromium headless shell, driven by playwright-core (see chromium-binary.ts for why not
 * the desktop build). Browser tests fail, never skip, when it is missing.
 */

/** Extra command-line flags, such as `--disable-blink-features=XSLT` for a browser without XSLT. */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findHeadlessShell(), args: [...CHROMIUM_FLAGS, ...extraFlags] });
}

/** Chromium's console text for a Content-Security-Policy refusal (it says "violates", not "Refused", since 13x). */
export const CSP_REFUSAL = /Content Security Policy/;

/**
 * Records, as one line each, what a reader's browser would complain about on this page: console
 * errors (CSP refusals and failed loads among them), uncaught script errors, requests that leave
 * the site's origin, and sub-resources (favicon included) answered with an error status.
 */
export function watchPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  const where = () => new URL(page.url() || origin).pathname;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where()}: page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`${where()}: request leaves the site: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    // A page asked for on purpose may be a 404; what it loads may not.
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      problems.push(`${where()}: ${response.status()} for ${response.url()}`);
    }
  });
  return problems;
}

export interface SiteInBrowser {
  server: () => DistServer;
  /** Chromium; every page opened through it is watched (see watchPage). */
  browser: () => Browser;
  /** Accepts problems matching this pattern until the current test ends (a test that opens a 404 on purpose). */
  allowProblems: (pattern: RegExp) => void;
  /** The problems recorded so far in the current test. */
  problems: () => string[];
}

/**
 * For a browser test file: serves the built site, with the headers of its _headers file, and
 * starts Chromium before its tests, and stops both after them. Every page a test opens is
 * watched, and a test fails if any of them showed a console error, a CSP refusal, a script error,
 * a failed sub-resource or a request to another origin. Call at the top level of the file; read
 * the getters inside tests.
 */
export function useSiteInBrowser(dist: string, extraFlags: readonly string[] = []): SiteInBrowser {
  let server: DistServer | undefined;
  let browser: Browser | undefined;
  let problems: string[][] = [];
  let allowed: RegExp[] = [];
  const watch = (page: Page) => problems.push(watchPage(page, started(server).origin));
  beforeAll(async () => {
    server = await serveDist(dist);
    browser = watched(await launchChromium(extraFlags), watch);
  }, 60_000);
  afterEach(() => {
    const found = problems.flat().filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
    problems = [];
    allowed = [];
    expect(found, 'what the browser complained about').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the site and browser start in beforeAll; use these getters inside tests');
    return value;
  };
  return {
    server: () => started(server),
    browser: () => started(browser),
    allowProblems: (pattern) => allowed.push(pattern),
    problems: () => problems.flat(),
  };
}

/** The browser, with every new page handed to `watch` before it loads anything. */
function watched(browser: Browser, watch: (page: Page) => void): Browser {
  const watchContext = (context: BrowserContext) => {
    context.on('page', watch);
    return context;
  };
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => watchContext(await target.newContext(...args));
      }
      if (property === 'newPage') {
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          watch(page);
          return page;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
