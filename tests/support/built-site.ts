import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import { validateContentFiles, type ContentFile } from '../../src/content-check/validate-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { isVisible } from '../../src/stories/publishing.ts';
import { createUrls } from '../../src/urls/urls.ts';
import { refreshTarget } from './redirect-page.ts';

/** Reading the built site: where it is, what should be published in it, and its pages. */

export const builtRoot = inject('builtRoot');
export const distDir = path.join(builtRoot, 'dist');

export type ContentEntry = ContentFile;

const { files, problems } = validateContentFiles(builtRoot);
if (problems.length > 0) throw new Error(`content under test is invalid: ${JSON.stringify(problems)}`);

export const allEntries: ContentEntry[] = files;
const production = { now: new Date(), includeUnpublished: false };
export const publishedEntries = allEntries.filter((entry) => isVisible(entry, production));
export const unpublishedEntries = allEntries.filter((entry) => !isVisible(entry, production));

/** Paths inside dist/, which holds the site without its base path. */
const distPaths = createUrls('/', siteConfig.url);

/** The site path of an entry inside dist/: /articles/<id>/ or /testimonials/<id>/. */
export const urlOf = (entry: ContentEntry): string => distPaths.entryUrl(entry);

/** The dist file that serves a URL path: /a/b/ → dist/a/b/index.html. */
export function distFile(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.replace(/^\/+/, ''));
  return path.join(distDir, clean.endsWith('/') || clean === '' ? path.join(clean, 'index.html') : clean);
}

export function pageExists(urlPath: string): boolean {
  return existsSync(distFile(urlPath));
}

export function readPage(urlPath: string): HTMLElement {
  return parse(readFileSync(distFile(urlPath), 'utf8'));
}

export function readText(urlPath: string): string {
  return readFileSync(distFile(urlPath), 'utf8');
}

/** Every HTML file in dist, as URL paths (/about/, /404.html), stand-ins at retired addresses included. */
export function htmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const posix = name.split(path.sep).join('/');
      return posix.endsWith('index.html') ? `/${posix.slice(0, -'index.html'.length)}` : `/${posix}`;
    })
    .sort();
}

/** The pages Astro writes at retired addresses (`redirects` in astro.config.ts); tests/built-site/redirects.test.ts checks them. */
export function redirectPages(): string[] {
  return htmlFiles().filter((url) => refreshTarget(readText(url)) !== undefined);
}

/** Every page of the site in dist, as URL paths (/about/, /404.html): the HTML files other than redirect pages. */
export function htmlPages(): string[] {
  const redirects = new Set(redirectPages());
  return htmlFiles().filter((url) => !redirects.has(url));
}
