import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent, formatReport } from '../content-check/check-content.ts';
import { buildContent } from './build-content.ts';
import { contentCheck } from './content-check.ts';

/*
 * The content check as `astro dev` runs it: the server starts without waiting for the check, and
 * a page asked for before the check is done still waits for it, so an error is never hidden. A
 * server started again on the same files takes the last check's answer; on changed files, it checks.
 */

const root = mkdtempSync(path.join(os.tmpdir(), 'content-check-dev-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TAGS = 'careers: { label: Careers, description: Why people choose the work. }\n';
const article = (tag: string) =>
  `---\ntitle: "First"\ndescription: "A sentence."\npubDate: 2026-01-10\ntags: [${tag}]\n---\n\nA short body.\n`;
const file = path.join(root, 'content/articles/first.mdx');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(path.join(root, 'content/tags.yaml'), TAGS);
writeFileSync(file, article('carers'));

type Hooks = Required<AstroIntegration['hooks']>;
type Middleware = (request: object, response: object, next: (error?: unknown) => void) => void;

/** What a middleware did with a page request: passed it on, or answered it. */
function askForPage(middleware: Middleware): Promise<{ passed: boolean; status?: number; body?: string }> {
  return new Promise((resolve) => {
    const response = {
      statusCode: 200,
      setHeader: () => undefined,
      end(body: string) {
        resolve({ passed: false, status: response.statusCode, body });
      },
    };
    middleware({ method: 'GET', headers: { accept: 'text/html' } }, response, () => resolve({ passed: true }));
  });
}

describe('the content check in astro dev', () => {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const integration = contentCheck({ content: buildContent() });
  const hooks = integration.hooks as Hooks;
  const server = {
    watcher: new EventEmitter(),
    ws: { send: vi.fn() },
    config: { base: '/' },
    middleware: undefined as Middleware | undefined,
    middlewares: { use: (handler: Middleware) => (server.middleware = handler) },
  };
  afterAll(() => hooks['astro:server:done']({} as Parameters<Hooks['astro:server:done']>[0]));

  it('lets the server start before the check has run, and answers the first page with its errors', async () => {
    await hooks['astro:config:setup']({
      command: 'dev',
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
      logger,
    } as unknown as Parameters<Hooks['astro:config:setup']>[0]);
    // Run on the server's thread, the check would have logged its result before the hook returned.
    expect(logger.info).not.toHaveBeenCalled();
    hooks['astro:server:setup']({ server, logger } as unknown as Parameters<Hooks['astro:server:setup']>[0]);
    const expected = checkContent(root)
      .reports.filter((report) => report.severity === 'error')
      .map(formatReport);
    expect(expected).toEqual([expect.stringContaining('tags[0]: "carers" is not on the list of tags')]);

    const page = await askForPage(server.middleware as Middleware);
    expect(page.status).toBe(500);
    for (const line of expected) expect(page.body).toContain(line.replaceAll('"', '&quot;'));
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^content checked: 1 files, 1 errors, 0 warnings/));
  });

  it('checks again when a file changes, reloads the page, and then shows it', async () => {
    writeFileSync(file, article('careers'));
    server.watcher.emit('all', 'change', file);
    // The page asked for right after the save waits for the check of the saved file.
    expect(await askForPage(server.middleware as Middleware)).toEqual({ passed: true });
    expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
    expect(logger.info).toHaveBeenCalledWith('content checked: no errors left');
  });

  it('started again on the same files, takes the last check; on changed files, checks them', async () => {
    const startAgain = async () => {
      const again = contentCheck({ content: buildContent() }).hooks as Hooks;
      const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
      const served = { ...server, watcher: new EventEmitter(), middleware: undefined as Middleware | undefined };
      served.middlewares = { use: (handler: Middleware) => (served.middleware = handler) };
      await again['astro:config:setup']({
        command: 'dev',
        config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
        logger: log,
      } as unknown as Parameters<Hooks['astro:config:setup']>[0]);
      const reused = log.info.mock.calls.map(([line]) => String(line));
      again['astro:server:setup']({ server: served, logger: log } as unknown as Parameters<
        Hooks['astro:server:setup']
      >[0]);
      const page = await askForPage(served.middleware as Middleware);
      await again['astro:server:done']({} as Parameters<Hooks['astro:server:done']>[0]);
      return { reused, page };
    };

    const same = await startAgain();
    expect(same.reused).toEqual(['content checked: 1 files, 0 errors, 0 warnings (the last check of the same files)']);
    expect(same.page).toEqual({ passed: true });

    writeFileSync(file, article('carers'));
    const changed = await startAgain();
    expect(changed.reused).toEqual([]);
    expect(changed.page.status).toBe(500);
    expect(changed.page.body).toContain('is not on the list of tags');
  });
});
