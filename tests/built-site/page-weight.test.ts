import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, publishedEntries, readPage, readText, urlOf } from '../support/built-site.ts';

/*
 * Budgets for what each built page ships: scripts, styles and HTML weight.
 */

const articles = publishedEntries.filter((entry) => entry.collection === 'articles');

/** Executable inline scripts (not JSON-LD) and external scripts of a page. */
function scriptsOf(url: string) {
  const page = readPage(url);
  const scripts = page
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json');
  return {
    external: scripts.filter((script) => script.hasAttribute('src')).map((script) => script.getAttribute('src')),
    inlineBytes: scripts
      .filter((script) => !script.hasAttribute('src'))
      .reduce((sum, script) => sum + Buffer.byteLength(script.innerHTML), 0),
  };
}

function cssBytes(url: string): number {
  const page = readPage(url);
  const linked = page
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, link) => sum + statSync(path.join(distDir, link.getAttribute('href') ?? '')).size, 0);
  const inline = page.querySelectorAll('style').reduce((sum, style) => sum + Buffer.byteLength(style.innerHTML), 0);
  return linked + inline;
}

describe('budgets', () => {
  it('entry pages ship no script but the inline theme toggle and the two share buttons, each under 1 KB', () => {
    for (const entry of publishedEntries) {
      const { external, inlineBytes } = scriptsOf(urlOf(entry));
      // The copy button and the system share sheet: progressive enhancements, external modules.
      expect(external, urlOf(entry)).toHaveLength(2);
      for (const src of external) {
        expect(src, urlOf(entry)).toMatch(/^\/_astro\/(CopyButton|ShareLinks)\.[\w.-]+\.js$/);
        expect(statSync(path.join(distDir, src ?? '')).size, src ?? '').toBeLessThan(1024);
      }
      expect(inlineBytes, urlOf(entry)).toBeGreaterThan(0);
      expect(inlineBytes, urlOf(entry)).toBeLessThan(1024);
    }
  });

  it('loads scripts only where a reader uses them: search, the copy buttons, the share sheet', () => {
    const pagesWithModules = htmlPages().filter((url) =>
      readPage(url)
        .querySelectorAll('script')
        .some((script) => script.getAttribute('type') === 'module'),
    );
    expect(pagesWithModules.sort()).toEqual(['/search/', '/subscribe/', ...publishedEntries.map(urlOf)].sort());
    expect(readPage('/search/').querySelectorAll('script[src*="search.astro"]')).toHaveLength(1);
  });

  // 24 KB, from 20: scoped styles add an attribute selector to each rule (about 3 KB on a story
  // page), and the web fonts' @font-face rules with their fallbacks and the print sheet about 2.5 KB.
  it('keeps every page under 24 KB of CSS', () => {
    for (const url of htmlPages()) expect(cssBytes(url), url).toBeLessThan(24 * 1024);
  });

  it('keeps article HTML under 60 KB', () => {
    for (const entry of articles) {
      expect(Buffer.byteLength(readText(urlOf(entry))), urlOf(entry)).toBeLessThan(60 * 1024);
    }
  });
});
