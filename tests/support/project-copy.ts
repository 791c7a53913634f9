import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/*
 * Builds of the real project in a scratch copy under .tmp/, so tests can add fixture files
 * without touching content/. Node resolves packages from the project's own node_modules above it.
 */

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const copied = ['src', 'content', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

/** A fresh copy of the project in .tmp/<name>, with extra files copied in (target path → source path). */
export function copyProject(name: string, extraFiles: Record<string, string> = {}): string {
  const root = path.join(projectRoot, '.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of copied) {
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  for (const [target, source] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
    cpSync(source, path.join(root, target), { recursive: true });
  }
  // The fixtures' own tags join the copy's list, so a fixture tag is never the problem a test sees.
  appendFileSync(path.join(root, 'content', 'tags.yaml'), `\n${readFileSync(fixtureTags, 'utf8')}`);
  return root;
}

/**
 * Starts a project copy from the cache of an earlier build of the same site: the drawn cards, the
 * optimized images and the pages of Astro's incremental build. Its build then renders only what
 * differs, which tests/builds/incremental-equals-clean.test.ts shows writes what a clean build
 * writes. For a test about what a change publishes, not about a configuration of its own.
 */
export function warmStart(root: string, builtFrom: string): void {
  const cache = path.join('node_modules', '.astro');
  cpSync(path.join(builtFrom, cache), path.join(root, cache), { recursive: true });
}

/**
 * Gives a project copy the images an earlier build of the same site drew: the Open Graph cards and
 * Astro's optimized images, both cached under a hash of what they draw, so they are right for any
 * configuration. The copy's build then renders every page itself but draws only new images; the
 * clean builds of tests/builds/incremental-equals-clean.test.ts keep the same two caches.
 */
export function reuseDrawnImages(root: string, builtFrom: string, { cards = true }: { cards?: boolean } = {}): void {
  // `cards: false` keeps only the optimized images, for a test of how the cards are drawn.
  for (const cache of cards ? ['og', 'assets'] : ['assets']) {
    const from = path.join(builtFrom, 'node_modules', '.astro', cache);
    if (existsSync(from)) cpSync(from, path.join(root, 'node_modules', '.astro', cache), { recursive: true });
  }
}

const fixtureTags = path.join(projectRoot, 'tests', 'fixtures', 'tags.yaml');
const unpublishedFixtures = path.join(projectRoot, 'tests', 'fixtures', 'unpublished');

/** The unpublished fixtures every built-site copy carries: a draft, a scheduled article, a draft testimonial. */
export const unpublishedFixtureFiles: Record<string, string> = {
  'content/articles/fixture-draft-article.mdx': path.join(unpublishedFixtures, 'articles', 'fixture-draft-article.mdx'),
  'content/articles/fixture-scheduled-article.mdx': path.join(
    unpublishedFixtures,
    'articles',
    'fixture-scheduled-article.mdx',
  ),
  'content/testimonials/fixture-draft-testimonial.mdx': path.join(
    unpublishedFixtures,
    'testimonials',
    'fixture-draft-testimonial.mdx',
  ),
};

const hostileFixtures = path.join(projectRoot, 'tests', 'fixtures', 'hostile', 'articles');

/**
 * Published articles with hostile strings: a title that tries to close a script and open its own,
 * and a title and body full of characters that need escaping (&, <, quotes, letters beyond ASCII).
 */
export const hostileFixtureFiles: Record<string, string> = {
  'content/articles/fixture-script-title.mdx': path.join(hostileFixtures, 'fixture-script-title.mdx'),
  'content/articles/fixture-awkward-characters.mdx': path.join(hostileFixtures, 'fixture-awkward-characters.mdx'),
};

/** The time zone of the main test build; the time-zone test builds again on the other side of the date line. */
export const MAIN_BUILD_TIME_ZONE = 'Pacific/Kiritimati';

/**
 * The environment for an Astro child process: ours, without the variables vitest injects
 * (MODE=test, BASE_URL, NODE_ENV=test, VITEST_*), which would otherwise leak into Vite's config
 * and make, for example, `astro dev` serve a 404 for every page.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const injected = /^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !injected.test(key)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `astro build` in a project copy with the same Node that runs the tests; never throws on failure. */
export function buildProject(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: root,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
