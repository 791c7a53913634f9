import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { isArticle } from '../../src/stories/story-entry.ts';
import { distDir, htmlPages, pageExists, publishedEntries, readPage, readText, urlOf } from '../support/built-site.ts';

/*
 * Link previews and sharing, as built: Open Graph cards and lead images, share links, structured
 * data and the web app manifest.
 */

const site = siteConfig.url;
const articles = publishedEntries.filter((entry) => entry.collection === 'articles');

/** The lead image an article's frontmatter names, if any (paths as written, relative to the file). */
const heroOf = (entry: (typeof publishedEntries)[number]) => (isArticle(entry) ? entry.data.hero : undefined);
const withHero = articles.filter((entry) => heroOf(entry));
const withoutHero = publishedEntries.filter((entry) => !heroOf(entry));

/** Width and height of a PNG file in dist, from its IHDR chunk. */
function pngSize(sitePath: string): [number, number] {
  const png = readFileSync(path.join(distDir, sitePath));
  expect(png.subarray(1, 4).toString('latin1'), sitePath).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('sharing', () => {
  it('gives every story without a lead image its drawn 1200 x 630 Open Graph card', () => {
    expect(withoutHero.length).toBeGreaterThan(5);
    for (const entry of withoutHero) {
      const image = `/og/${entry.collection}/${entry.id}.png`;
      expect(pngSize(image), image).toEqual([1200, 630]);
      const page = readPage(urlOf(entry));
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${site}${image}`);
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('uses the lead image, cropped to a 1200 x 630 PNG, as og:image of an article that has one', () => {
    expect(withHero.length).toBeGreaterThanOrEqual(3);
    for (const entry of withHero) {
      const page = readPage(urlOf(entry));
      const og = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(og, urlOf(entry)).toMatch(new RegExp(`^${site}/_astro/[\\w.-]+\\.png$`));
      expect(og).not.toContain('/og/');
      expect(pngSize(og.slice(site.length)), og).toEqual([1200, 630]);
      expect(page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(heroOf(entry)?.alt);
      expect(page.querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe('1200');
      const posting = page
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.innerHTML) as Record<string, unknown>)
        .find((block) => block['@type'] === 'BlogPosting');
      expect(posting?.['image']).toEqual([og]);
    }
  });

  it('shows the lead image as a responsive picture, eager above the fold on the article, lazy on its card', () => {
    for (const entry of withHero) {
      const picture = readPage(urlOf(entry)).querySelector('.entry__hero');
      const types = picture?.querySelectorAll('source').map((source) => source.getAttribute('type'));
      expect(types, urlOf(entry)).toEqual(['image/avif', 'image/webp']);
      for (const source of picture?.querySelectorAll('source') ?? []) {
        const widths = (source.getAttribute('srcset') ?? '')
          .split(',')
          .map((candidate) => candidate.trim().split(' ')[1]);
        expect(widths).toEqual(['480w', '800w', '1200w', '1600w']);
        expect(source.getAttribute('sizes')).toBeTruthy();
      }
      const img = picture?.querySelector('img');
      expect(img?.getAttribute('alt')).toBe(heroOf(entry)?.alt);
      expect(img?.getAttribute('loading')).toBe('eager');
      expect(img?.getAttribute('fetchpriority')).toBe('high');
      expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
      for (const source of (img?.getAttribute('srcset') ?? '').split(',')) {
        expect(pageExists(source.trim().split(' ')[0] ?? ''), source).toBe(true);
      }
      const card = htmlPages()
        .filter((page) => /^\/articles\/(\d+\/)?$/.test(page))
        .flatMap((page) => readPage(page).querySelectorAll('.card'))
        .find((candidate) => candidate.querySelector(`.card__title a[href="${urlOf(entry)}"]`));
      const cardImage = card?.querySelector('.card__art img');
      expect(cardImage?.getAttribute('loading'), `card of ${urlOf(entry)}`).toBe('lazy');
      expect(card?.querySelectorAll('.card__art source').length).toBe(2);
    }
    for (const entry of withoutHero) {
      const article = readPage(urlOf(entry)).querySelector('article.entry');
      expect(article?.querySelector('picture') ?? null, urlOf(entry)).toBe(null);
    }
  });

  it('puts share links for email, LinkedIn and Bluesky and the copyable address under every story', () => {
    for (const entry of publishedEntries) {
      const page = readPage(urlOf(entry));
      const share = page.querySelector('article.entry > .share');
      const address = `${site}${urlOf(entry)}`;
      expect(share?.querySelector('h2')?.text, urlOf(entry)).toBe('Share this story');
      const links =
        share?.querySelectorAll('.share__links a').map((a) => [a.text.trim(), a.getAttribute('href') ?? '']) ?? [];
      expect(links.map(([label]) => label)).toEqual(['Email', 'LinkedIn', 'Bluesky']);
      for (const [, href] of links) expect(href).toContain(encodeURIComponent(address));
      const field = share?.querySelector('input#share-address');
      expect(field?.getAttribute('value')).toBe(address);
      expect(field?.hasAttribute('readonly')).toBe(true);
      expect(page.querySelector('label[for="share-address"]')?.text).toBe('Copy this address');
      // A correction goes to the editors by email, with the story's address in it.
      const correction = share?.querySelector('.share__correction a');
      expect(correction?.text).toBe('Suggest a correction');
      expect(correction?.getAttribute('href')).toMatch(new RegExp(`^mailto:${siteConfig.contactEmail}\\?subject=`));
      expect(decodeURIComponent(correction?.getAttribute('href') ?? '')).toContain(address);
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
      });
      if (!heroOf(entry)) expect(posting?.['image']).toEqual([`${site}/og/${entry.collection}/${entry.id}.png`]);
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
