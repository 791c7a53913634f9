import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../src/site.config.ts';
import { isArticle } from '../src/stories/story-entry.ts';
import { storyUpdated } from '../src/stories/story-text.ts';
import {
  distDir,
  htmlPages,
  pageExists,
  publishedEntries,
  readPage,
  readText,
  unpublishedEntries,
  urlOf,
} from './support/built-site.ts';

/*
 * What readers get from the built site beyond the basics: budgets for scripts, styles and page
 * weight, lead images, Open Graph cards, share links, structured data, reading paths, facets, the
 * archive, the search index, sitemap dates and llms.txt.
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
  it('entry pages ship no script but the inline theme toggle and the two share buttons’, each under 1 KB', () => {
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

  it('keeps every page under 20 KB of CSS', () => {
    for (const url of htmlPages()) expect(cssBytes(url), url).toBeLessThan(20 * 1024);
  });

  it('keeps article HTML under 60 KB', () => {
    for (const entry of articles) {
      expect(Buffer.byteLength(readText(urlOf(entry))), urlOf(entry)).toBeLessThan(60 * 1024);
    }
  });
});

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
    expect(archive.querySelectorAll('.archive-year h2').map((h2) => h2.text.trim().slice(0, 4))).toEqual(
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

describe('lead images in feeds', () => {
  it('gives feed readers the lead image as an absolute URL: RSS media:content, JSON Feed image, top of the content', async () => {
    const parser = new Parser<Record<string, unknown>, { media?: { $: Record<string, string> } }>({
      customFields: { item: [['media:content', 'media']] },
    });
    const rss = await parser.parseString(readText('/rss.xml'));
    const json = JSON.parse(readText('/feed.json')) as {
      items: { url: string; image?: string; content_html: string }[];
    };
    for (const entry of withHero) {
      const url = `${site}${urlOf(entry)}`;
      const item = rss.items.find((candidate) => candidate.link === url);
      const media = item?.media?.$;
      expect(media?.['medium'], url).toBe('image');
      expect(media?.['url']).toMatch(new RegExp(`^${site}/_astro/[\\w.-]+\\.png$`));
      expect(pngSize(String(media?.['url']).slice(site.length))).toEqual([1200, 630]);
      expect([media?.['width'], media?.['height']]).toEqual(['1200', '630']);
      const jsonItem = json.items.find((candidate) => candidate.url === url);
      expect(jsonItem?.image).toBe(media?.['url']);
      const first = parse(jsonItem?.content_html ?? '').querySelector('img');
      expect(first?.getAttribute('src')).toBe(media?.['url']);
      expect(first?.getAttribute('alt')).toBe(heroOf(entry)?.alt);
    }
    for (const entry of withoutHero) {
      const url = `${site}${urlOf(entry)}`;
      expect(rss.items.find((candidate) => candidate.link === url)?.media, url).toBeUndefined();
      expect(json.items.find((candidate) => candidate.url === url)?.image, url).toBeUndefined();
    }
  });
});

describe('sitemap dates', () => {
  it('gives each story URL its updatedDate, or else its pubDate, as lastmod, and other pages none', () => {
    const sitemap = readText('/sitemap-0.xml');
    const lastmods = new Map(
      [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [
        match[1] ?? '',
        match[2],
      ]),
    );
    const dated = publishedEntries.filter((entry) => storyUpdated(entry));
    expect(dated.length, 'some stories carry updatedDate').toBeGreaterThan(0);
    for (const entry of publishedEntries) {
      const changed = storyUpdated(entry) ?? entry.data.pubDate;
      expect(lastmods.get(`${site}${urlOf(entry)}`), urlOf(entry)).toBe(changed.toISOString());
    }
    for (const page of ['/', '/articles/', '/tags/careers/', '/about/']) {
      expect(lastmods.has(`${site}${page}`), page).toBe(true);
      expect(lastmods.get(`${site}${page}`), page).toBeUndefined();
    }
    for (const entry of unpublishedEntries) expect(lastmods.has(`${site}${urlOf(entry)}`)).toBe(false);
  });
});

describe('llms.txt', () => {
  const summaryOf = (entry: (typeof publishedEntries)[number]) =>
    String(entry.collection === 'articles' ? entry.data['description'] : entry.data['quote']);
  const titleOf = (entry: (typeof publishedEntries)[number]) =>
    String(entry.collection === 'articles' ? entry.data['title'] : entry.data['headline']);

  it('follows llmstxt.org: the site as a heading, a one-sentence summary, then every published story with its description', () => {
    const text = readText('/llms.txt');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${siteConfig.title}`);
    expect(lines[2]).toBe(`> ${siteConfig.description}`);
    expect(text).toContain(`[llms-full.txt](${site}/llms-full.txt)`);
    const links = [...text.matchAll(/^- \[(.+)\]\((\S+)\): (.+)$/gm)];
    const stories = links.filter((match) => match[2]?.match(/\/(articles|testimonials)\//));
    expect(stories.map((match) => match[2]).sort()).toEqual(
      publishedEntries.map((entry) => `${site}${urlOf(entry)}`).sort(),
    );
    for (const entry of publishedEntries) {
      const line = stories.find((match) => match[2] === `${site}${urlOf(entry)}`);
      expect(line?.[1]?.replace(/\\([\\[\]])/g, '$1'), urlOf(entry)).toBe(titleOf(entry));
      expect(line?.[3]).toBe(summaryOf(entry));
    }
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Articles', '## Testimonials', '## Optional']);
  });

  it('has every published story, and nothing unpublished, in full as Markdown in llms-full.txt', () => {
    const text = readText('/llms-full.txt');
    expect(text.startsWith(`# ${siteConfig.title}\n`)).toBe(true);
    const headings = [...text.matchAll(/^# (.+)$/gm)].map((match) => match[1]).slice(1);
    expect(headings.sort()).toEqual(publishedEntries.map(titleOf).sort());
    for (const entry of publishedEntries) {
      expect(text, urlOf(entry)).toContain(`URL: ${site}${urlOf(entry)}`);
      // A sentence from the body comes through as plain text, not HTML.
      const sentence = entry.body
        .split('\n')
        // (no quotes or dashes, which the page turns into curly quotes and typographic dashes)
        .find((line) => /^[A-Z][^<>{}*_[\]`|'"-]{60,}$/.test(line.trim()))
        ?.trim()
        .slice(0, 60);
      if (sentence) expect(text, urlOf(entry)).toContain(sentence);
    }
    for (const entry of unpublishedEntries) {
      expect(text).not.toContain(urlOf(entry));
      expect(text).not.toContain(titleOf(entry));
      expect(readText('/llms.txt')).not.toContain(urlOf(entry));
    }
    expect(text).not.toMatch(/<\/?(p|div|picture|script|aside)\b/);
    expect(text).not.toMatch(/\]\(\/[^)]*\)/);
  });
});
