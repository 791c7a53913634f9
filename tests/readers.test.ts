import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../src/site.config.ts';
import { distDir, htmlPages, pageExists, publishedEntries, readPage, readText, urlOf } from './support/built-site.ts';

/*
 * What readers get from the built site beyond the basics: budgets for scripts, styles and page
 * weight, Open Graph cards, structured data, reading paths, facets, the archive and the search index.
 */

const site = siteConfig.url;
const articles = publishedEntries.filter((entry) => entry.collection === 'articles');
const testimonials = publishedEntries.filter((entry) => entry.collection === 'testimonials');

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
  it('entry pages ship no script but the inline theme toggle, under 1 KB', () => {
    for (const entry of publishedEntries) {
      const { external, inlineBytes } = scriptsOf(urlOf(entry));
      expect(external, urlOf(entry)).toEqual([]);
      expect(inlineBytes, urlOf(entry)).toBeGreaterThan(0);
      expect(inlineBytes, urlOf(entry)).toBeLessThan(1024);
    }
  });

  it('loads the search script on the search page only', () => {
    const pagesWithModules = htmlPages().filter((url) =>
      readPage(url)
        .querySelectorAll('script')
        .some((script) => script.getAttribute('type') === 'module'),
    );
    expect(pagesWithModules).toEqual(['/search/']);
  });

  it('keeps every page under 20 KB of CSS', () => {
    for (const url of htmlPages()) expect(cssBytes(url), url).toBeLessThan(20 * 1024);
  });

  it('keeps article HTML under 60 KB', () => {
    for (const entry of articles) {
      expect(Buffer.byteLength(readText(urlOf(entry))), urlOf(entry)).toBeLessThan(60 * 1024);
    }
  });
});

describe('sharing', () => {
  it('gives every story a 1200 x 630 Open Graph PNG and the meta that points to it', () => {
    for (const entry of publishedEntries) {
      const image = `/og/${entry.collection}/${entry.id}.png`;
      const png = readFileSync(path.join(distDir, image));
      expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
      const page = readPage(urlOf(entry));
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${site}${image}`);
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('has Open Graph and Twitter meta on every page', () => {
    for (const url of htmlPages()) {
      const page = readPage(url);
      for (const selector of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
        expect(
          page.querySelector(`meta[property="${selector}"]`)?.getAttribute('content'),
          `${url} ${selector}`,
        ).toBeTruthy();
      }
      expect(page.querySelector('meta[name="twitter:card"]'), url).not.toBeNull();
    }
  });

  it('describes articles as BlogPosting with breadcrumbs, and the home page as a WebSite', () => {
    const ld = (url: string) =>
      readPage(url)
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.innerHTML) as Record<string, unknown>);
    for (const entry of publishedEntries) {
      const blocks = ld(urlOf(entry));
      const posting = blocks.find((block) => block['@type'] === 'BlogPosting');
      expect(posting, urlOf(entry)).toMatchObject({
        '@context': 'https://schema.org',
        url: `${site}${urlOf(entry)}`,
        datePublished: entry.data.pubDate.toISOString(),
        image: [`${site}/og/${entry.collection}/${entry.id}.png`],
      });
      expect(String(posting?.['headline']).length).toBeLessThanOrEqual(110);
      const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
      expect((crumbs?.['itemListElement'] as unknown[]).length).toBe(3);
    }
    expect(ld('/').map((block) => block['@type'])).toEqual(['WebSite']);
  });

  it('has a web app manifest whose icons exist', () => {
    const manifest = JSON.parse(readText('/site.webmanifest')) as { name: string; icons: { src: string }[] };
    expect(manifest.name).toBe(siteConfig.title);
    for (const icon of manifest.icons) expect(pageExists(icon.src), icon.src).toBe(true);
    expect(readPage('/').querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/site.webmanifest');
  });
});

describe('discovery', () => {
  it('shows each reading path on the home page, and "part N of M" with the next part on each member', () => {
    const paths = readPage('/').querySelectorAll('.reading-path');
    expect(paths.length).toBeGreaterThanOrEqual(1);
    for (const pathElement of paths) {
      const members = pathElement.querySelectorAll('ol a').map((a) => a.getAttribute('href') ?? '');
      expect(members.length).toBeGreaterThanOrEqual(2);
      const title = pathElement.querySelector('h3')?.text ?? '';
      members.forEach((member, index) => {
        const nav = readPage(member)
          .querySelectorAll('.path-nav')
          .find((aside) => aside.text.includes(title));
        expect(nav?.text, member).toContain(`Part ${index + 1} of ${members.length}`);
        const next = members[index + 1];
        if (next) expect(nav?.querySelector(`a[href="${next}"]`), member).not.toBeNull();
        else expect(nav?.text).toContain('end of this path');
      });
    }
  });

  it('links each article to its neighbours and to related stories that share a tag', () => {
    for (const entry of articles) {
      const page = readPage(urlOf(entry));
      const related = page.querySelectorAll('.related .card__title a').map((a) => a.getAttribute('href') ?? '');
      expect(related.length, urlOf(entry)).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related).not.toContain(urlOf(entry));
      const ownTags = new Set(entry.data.tags.map((tag) => tag.slug));
      for (const href of related) {
        const other = publishedEntries.find((candidate) => urlOf(candidate) === href);
        expect(
          other?.data.tags.some((tag) => ownTags.has(tag.slug)),
          `${href} shares a tag`,
        ).toBe(true);
      }
      expect(page.querySelectorAll('.entry-nav a').length, urlOf(entry)).toBeGreaterThan(0);
    }
  });

  it('shows a table of contents on long articles only', () => {
    for (const entry of articles) {
      const page = readPage(urlOf(entry));
      const sections = page.querySelectorAll('.prose h2').length;
      expect(page.querySelector('.toc') !== null, urlOf(entry)).toBe(sections >= 4);
      for (const link of page.querySelectorAll('.toc a')) {
        expect(page.querySelector(String(link.getAttribute('href'))), link.getAttribute('href') ?? '').not.toBeNull();
      }
    }
  });

  it('has a facet page for every channel, work mode and employer a testimonial has, linked from its profile', () => {
    for (const entry of testimonials) {
      const data = entry.data;
      const facets = [
        ...data.channels.map((channel) => `/testimonials/channel/${channel}/`),
        `/testimonials/work-mode/${data.workMode}/`,
        `/testimonials/employer/${data.employer}/`,
      ];
      const profile = readPage(urlOf(entry)).querySelector('.profile');
      for (const facet of facets) {
        expect(profile?.querySelector(`a[href="${facet}"]`), `${urlOf(entry)} links ${facet}`).not.toBeNull();
        const listed = readPage(facet)
          .querySelectorAll('.card__title a')
          .map((a) => a.getAttribute('href'));
        expect(listed, facet).toContain(urlOf(entry));
      }
    }
  });

  it('lists every published story once on the archive page, grouped by year', () => {
    const archive = readPage('/archive/');
    const links = archive.querySelectorAll('.archive-list a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(publishedEntries.map(urlOf).sort());
    const years = new Set(publishedEntries.map((entry) => String(entry.data.pubDate.getUTCFullYear())));
    expect(archive.querySelectorAll('.archive-year h2').map((h2) => h2.text.slice(0, 4))).toEqual(
      [...years].sort().reverse(),
    );
  });

  it('builds a search index of the story pages, with a no-JavaScript fallback on the search page', () => {
    expect(pageExists('/pagefind/pagefind.js')).toBe(true);
    const entry = JSON.parse(readText('/pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(publishedEntries.length);
    const fallback = readPage('/search/').querySelector('#search-fallback');
    expect(fallback?.querySelector('a[href="/articles/"]')).not.toBeNull();
    expect(fallback?.querySelector('a[href="/tags/"]')).not.toBeNull();
    expect(readPage('/').querySelector('form[role="search"][action="/search/"] input[name="q"]')).not.toBeNull();
  });
});
