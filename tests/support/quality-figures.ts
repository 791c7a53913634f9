import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-copy.ts';

/** Saves a test's headline figures to .tmp/quality/<name>.json for the CI summary. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const folder = path.join(projectRoot, '.tmp', 'quality');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

/** The site paths listed in a sitemap file, plus the 404 page. */
export function sitemapPaths(sitemapXml: string): string[] {
  return [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}
