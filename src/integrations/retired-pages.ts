import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/*
 * The page at each retired address (astro.config.ts `redirects`), rewritten after the build as a
 * page of the site: in English, with a viewport, a refresh that the HTML standard accepts
 * ("0; url=…") and a sentence with a link for readers whose browser does not follow the refresh.
 * Astro's own page has no lang attribute and writes "0;url=", which the W3C Nu HTML Checker
 * refuses. No script and no inline style, so the site's Content-Security-Policy has nothing to refuse.
 */

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML of the page at a retired address that sends readers to `target` (`canonical` is its absolute form). */
export function retiredPageHtml(target: string, canonical: string): string {
  const to = escapeHtml(target);
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>This story has moved</title>' +
    `<meta http-equiv="refresh" content="0; url=${to}">` +
    '<meta name="robots" content="noindex">' +
    `<link rel="canonical" href="${escapeHtml(canonical)}">` +
    `</head><body><p>This story has moved: <a href="${to}">read it at its new address</a>.</p></body></html>\n`
  );
}

export function retiredPages(addresses: Readonly<Record<string, string>>): AstroIntegration {
  let site = '';
  return {
    name: 'service-stories:retired-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const [from, target] of Object.entries(addresses)) {
          const folder = path.join(root, ...from.split('/').filter(Boolean));
          mkdirSync(folder, { recursive: true });
          writeFileSync(path.join(folder, 'index.html'), retiredPageHtml(target, new URL(target, site).href));
        }
      },
    },
  };
}
