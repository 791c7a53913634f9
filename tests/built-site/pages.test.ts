import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { countTags } from '../../src/stories/tag-counts.ts';
import { testimonialByline } from '../../src/stories/story-text.ts';
import {
  allEntries,
  builtRoot,
  distDir,
  htmlPages,
  pageExists,
  publishedEntries,
  readPage,
  readText,
  unpublishedEntries,
  urlOf,
} from '../support/built-site.ts';
import { shownText } from '../support/shown-text.ts';
import { readTagList } from '../../src/schema/tag-list.ts';

const publishedTags = countTags(publishedEntries);
const pages = htmlPages();

describe('the content under test', () => {
  it('has published articles and testimonials, and unpublished fixtures to hide', () => {
    expect(publishedEntries.filter((entry) => entry.collection === 'articles').length).toBeGreaterThanOrEqual(8);
    expect(publishedEntries.filter((entry) => entry.collection === 'testimonials').length).toBeGreaterThanOrEqual(6);
    expect(unpublishedEntries.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['fixture-draft-article', 'fixture-scheduled-article', 'fixture-draft-testimonial']),
    );
  });

  it('has several tags shared by three or more entries', () => {
    expect(publishedTags.filter((tag) => tag.count >= 3).length).toBeGreaterThanOrEqual(3);
  });
});

describe('pages', () => {
  it.each(publishedEntries.map((entry) => [urlOf(entry), entry] as const))(
    '%s is built with its title',
    (url, entry) => {
      const page = readPage(url);
      const h1 = page.querySelectorAll('h1');
      expect(h1).toHaveLength(1);
      const expected = entry.collection === 'articles' ? entry.data.title : entry.data.headline;
      expect(h1[0]?.text).toBe(expected);
      if (entry.collection === 'testimonials') {
        // The headline leads; who is speaking and their role stay in view just under it.
        const { name, role } = entry.data;
        expect(page.querySelector('.entry__byline')?.text).toBe(testimonialByline({ name, role }));
        expect(page.querySelector('.entry__byline')?.text).toContain(role.slice(1));
      }
    },
  );

  it('builds every tag page, with the count the query module gives', () => {
    const index = readPage('/tags/');
    for (const tag of publishedTags) {
      expect(pageExists(`/tags/${tag.slug}/`), tag.slug).toBe(true);
      const link = index.querySelector(`a[href="/tags/${tag.slug}/"]`);
      expect(link?.parentNode.text, tag.slug).toContain(tag.count === 1 ? '1 story' : `${tag.count} stories`);
    }
    expect(index.querySelectorAll('main a[href^="/tags/"]')).toHaveLength(publishedTags.length);
  });

  it('shows under each tag page title, and in its feed, the label and sentence content/tags.yaml gives the tag', () => {
    const listed = new Map(readTagList(builtRoot).tags.map((tag) => [tag.slug, tag]));
    for (const tag of publishedTags) {
      const entry = listed.get(tag.slug);
      expect(entry, `${tag.slug} is on the list`).toBeDefined();
      const page = readPage(`/tags/${tag.slug}/`);
      expect(shownText(page.querySelector('h1')), tag.slug).toMatch(
        new RegExp(`^Stories tagged “${entry?.label}”(, page 1 of \\d+)?$`),
      );
      expect(shownText(page.querySelector('h1')?.nextElementSibling), tag.slug).toBe(entry?.description);
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(entry?.description);
      const channel = /<channel>[\s\S]*?<description>([^<]*)<\/description>/.exec(
        readText(`/tags/${tag.slug}/rss.xml`),
      );
      expect(channel?.[1], `${tag.slug} feed`).toBe(entry?.description);
    }
  });

  it('lists on each tag page exactly the published stories that carry it', () => {
    for (const tag of publishedTags) {
      const expected = publishedEntries.filter((entry) => entry.data.tags.some((t) => t.slug === tag.slug)).map(urlOf);
      const linked: string[] = [];
      for (let page = 1; pageExists(page === 1 ? `/tags/${tag.slug}/` : `/tags/${tag.slug}/${page}/`); page += 1) {
        const html = readPage(page === 1 ? `/tags/${tag.slug}/` : `/tags/${tag.slug}/${page}/`);
        linked.push(...html.querySelectorAll('.card__title a').map((a) => a.getAttribute('href') ?? ''));
      }
      expect(linked.sort(), tag.slug).toEqual(expected.sort());
    }
  });

  it('paginates long tag lists and the article list, each page linking to its neighbours', () => {
    const longTag = publishedTags.find((tag) => tag.count > siteConfig.pageSize);
    expect(longTag, 'some tag should need a second page').toBeDefined();
    const lists = [`/tags/${longTag?.slug}/`, '/articles/'];
    for (const first of lists) {
      const second = `${first}2/`;
      expect(pageExists(second), second).toBe(true);
      expect(readPage(first).querySelector('a[rel="next"]')?.getAttribute('href')).toBe(second);
      expect(readPage(second).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(first);
      expect(readPage(first).querySelector('a[rel="prev"]')).toBeNull();
    }
    const articleCount = publishedEntries.filter((entry) => entry.collection === 'articles').length;
    const lastPage = Math.ceil(articleCount / siteConfig.pageSize);
    expect(pageExists(`/articles/${lastPage}/`)).toBe(true);
    expect(pageExists(`/articles/${lastPage + 1}/`)).toBe(false);
  });

  it('gives every page a title, description, canonical URL, feed link and one h1', () => {
    expect(pages.length).toBeGreaterThan(publishedEntries.length);
    for (const url of pages) {
      const page = readPage(url);
      expect(page.querySelector('title')?.text.trim(), url).toBeTruthy();
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content'), url).toBeTruthy();
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical.startsWith(siteConfig.url), url).toBe(true);
      expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"]'), url).not.toBeNull();
      expect(page.querySelectorAll('h1'), url).toHaveLength(1);
    }
  });

  it('keeps every page title within the 70 characters search results show, counted as readers see them', () => {
    const titles = pages.map((url) => ({ url, title: readPage(url).querySelector('title')?.text ?? '' }));
    expect(titles.filter(({ title }) => [...title].length > 70)).toEqual([]);
    // Apostrophes arrive decoded, so they count once, not as the five characters of &#39;.
    expect(titles.some(({ title }) => title.includes("'") || title.includes('’'))).toBe(true);
  });

  it('has an about page that says testimonials are composites, a 404 page and robots.txt', () => {
    expect(readPage('/about/').text).toMatch(/illustrative composites/);
    expect(readPage('/404.html').querySelector('h1')?.text).toMatch(/could not find/i);
    expect(readText('/robots.txt')).toContain(`Sitemap: ${siteConfig.url}/sitemap-index.xml`);
  });
});

describe('unpublished entries', () => {
  const markers = [
    'FIXTURE-DRAFT-BODY',
    'FIXTURE-SCHEDULED-BODY',
    'FIXTURE-DRAFT-TESTIMONIAL-BODY',
    'Fixturia',
    'fixture-',
  ];

  it('have no page', () => {
    for (const entry of unpublishedEntries) expect(pageExists(urlOf(entry)), entry.id).toBe(false);
  });

  it('appear on no page, in no tag count, in no feed and not in the sitemap', () => {
    const feedsAndSitemaps = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(xml|json)$/.test(name))
      .map((name) => `/${name.split(path.sep).join('/')}`);
    expect(feedsAndSitemaps).toEqual(expect.arrayContaining(['/rss.xml', '/feed.json', '/sitemap-0.xml']));
    const texts = [...pages, ...feedsAndSitemaps].map((url) => [url, readText(url)] as const);
    for (const [url, text] of texts) {
      for (const marker of markers) expect(text.includes(marker), `${marker} in ${url}`).toBe(false);
    }
  });

  it('do not inflate the count of a tag they share with published entries', () => {
    const careers = publishedTags.find((tag) => tag.slug === 'careers');
    const withDrafts = countTags(allEntries).find((tag) => tag.slug === 'careers');
    expect(careers && withDrafts && withDrafts.count > careers.count).toBe(true);
    expect(readPage('/tags/careers/').text).toContain(`${careers?.count} stories carry this tag`);
  });
});
