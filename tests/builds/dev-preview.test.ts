import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/free-port.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEntries } from '../support/built-site.ts';
import { childEnv, copyProject, projectRoot, unpublishedFixtureFiles } from '../support/project-copy.ts';

/*
 * The publish rule as editors meet it: `astro dev` shows drafts and scheduled entries, each with
 * a banner saying why the live site does not have it yet. (The production side of the rule is
 * tested on the built site in built-site/pages.test.ts.)
 */

let dev: ChildProcess | undefined;
let origin = '';
let log = '';

beforeAll(async () => {
  const root = copyProject('dev-preview', unpublishedFixtureFiles);
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
  const deadline = Date.now() + 60_000;
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
  throw new Error(`astro dev did not answer within 60 s:\n${log}`);
}, 90_000);

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
