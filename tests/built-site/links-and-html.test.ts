import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, redirectPages } from '../support/built-site.ts';
import { projectRoot } from '../support/project-copy.ts';
import { recordFigures } from '../support/quality-figures.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';

/*
 * Every internal link and image resolves (linkinator crawling the served site, external links
 * skipped), and every HTML file passes html-validate with the project's .htmlvalidate.mjs.
 */

let server: DistServer;

beforeAll(async () => {
  server = await serveDist(distDir);
}, 30_000);

afterAll(async () => {
  await server?.close();
});

/** The site's HTML files, leaving out the redirect pages at retired addresses (tests/built-site/redirects.test.ts). */
const htmlFiles = () => {
  const redirects = new Set(redirectPages().map((url) => path.join(url.slice(1), 'index.html')));
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && !redirects.has(name),
  );
};

describe('links', () => {
  it('has no broken internal link or image, crawling from the home page', async () => {
    const result = await new LinkChecker().check({
      path: server.home,
      recurse: true,
      concurrency: 8,
      linksToSkip: [`^(?!${server.origin.replace(/[.:/]/g, '\\$&')})`],
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    const ok = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url));
    recordFigures('links', { checked: ok.size, broken: broken.length });
    expect(broken.map((link) => `${link.status} ${link.url} (on ${link.parent})`)).toEqual([]);
    const unreached = htmlFiles()
      .filter((name) => !['404.html', path.join('search', 'index.html')].includes(name))
      .map(
        (name) =>
          `${server.home}${name
            .split(path.sep)
            .join('/')
            .replace(/index\.html$/, '')}`,
      )
      .filter((url) => !ok.has(url));
    expect(unreached, 'pages no link leads to').toEqual([]);
  }, 120_000);

  it('reports a broken link when there is one (the checker can fail)', async () => {
    const result = await new LinkChecker().check({ path: `${server.home}no-such-page/`, recurse: false });
    expect(result.links.some((link) => link.state === LinkState.BROKEN && link.status === 404)).toBe(true);
  }, 30_000);
});

interface ValidateResult {
  filePath: string;
  messages: { ruleId: string; message: string; selector: string | null }[];
}

/** Runs the html-validate CLI (as a subprocess, like an editor would) with the project config. */
async function validate(files: string[]): Promise<ValidateResult[]> {
  const cli = path.join(projectRoot, 'node_modules', 'html-validate', 'bin', 'html-validate.mjs');
  const args = [cli, '--config', path.join(projectRoot, '.htmlvalidate.mjs'), '--formatter', 'json', ...files];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }),
  );
  return JSON.parse(stdout || '[]') as ValidateResult[];
}

describe('HTML', () => {
  it('passes html-validate on every page', async () => {
    const files = htmlFiles().map((name) => path.join(distDir, name));
    const results = await validate(files);
    const errors = results.flatMap((result) =>
      result.messages.map(
        (m) => `${path.relative(distDir, result.filePath)}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`,
      ),
    );
    recordFigures('html', { files: files.length, errors: errors.length });
    expect(files.length).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  }, 120_000);

  it('finds errors in broken HTML (the validator can fail)', async () => {
    const broken = path.join(projectRoot, '.tmp', 'broken-page.html');
    writeFileSync(
      broken,
      '<!doctype html><html><head><title>x</title></head><body><p><div></p><img src="a.png"></body></html>',
    );
    const rules = (await validate([broken])).flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['element-required-attributes', 'wcag/h37']));
  }, 30_000);
});
