import { describe, expect, it } from 'vitest';
import { pageExists, publishedEntries, readPage, readText, urlOf } from '../support/built-site.ts';

/*
 * Ways to the next story, as built: reading paths, neighbours and related stories, tables of
 * contents, facet pages, the archive and the search index.
 */

const articles = publishedEntries.filter((entry) => entry.collection === 'articles');
const testimonials = publishedEntries.filter((entry) => entry.collection === 'testimonials');

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
