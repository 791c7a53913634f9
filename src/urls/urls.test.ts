import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { baseWithSlash } from './base-path.ts';
import { createUrls, mailtoUrl } from './urls.ts';

const site = 'https://stories.example.org';

describe('createUrls at the root', () => {
  const urls = createUrls('/', site);

  it('gives directory pages a trailing slash', () => {
    expect(urls.homeUrl()).toBe('/');
    expect(urls.aboutUrl()).toBe('/about/');
    expect(urls.articleUrl('why-agents-come-back')).toBe('/articles/why-agents-come-back/');
    expect(urls.testimonialUrl('rosa')).toBe('/testimonials/rosa/');
    expect(urls.entryUrl({ collection: 'testimonials', id: 'rosa' })).toBe('/testimonials/rosa/');
    expect(urls.tagsUrl()).toBe('/tags/');
    expect(urls.facetUrl('channel', 'in-person')).toBe('/testimonials/channel/in-person/');
    expect(urls.archiveUrl()).toBe('/archive/');
    expect(urls.searchUrl()).toBe('/search/');
    expect(urls.ogImageUrl({ collection: 'articles', id: 'x' })).toBe('/og/articles/x.png');
    expect(urls.feedsOpmlUrl()).toBe('/feeds.opml');
    expect(urls.cardArtUrl({ collection: 'testimonials', id: 'x' }, 400)).toBe('/og/testimonials/x-400.webp');
  });

  it('leaves page 1 at the list address and numbers later pages', () => {
    expect(urls.articlesUrl()).toBe('/articles/');
    expect(urls.articlesUrl(1)).toBe('/articles/');
    expect(urls.articlesUrl(3)).toBe('/articles/3/');
    expect(urls.tagUrl('remote-work')).toBe('/tags/remote-work/');
    expect(urls.tagUrl('remote-work', 2)).toBe('/tags/remote-work/2/');
  });

  it('refuses page numbers that cannot exist', () => {
    expect(() => urls.tagUrl('careers', 0)).toThrow(RangeError);
    expect(() => urls.articlesUrl(1.5)).toThrow(/whole number/);
  });

  it('percent-encodes odd characters in tags and ids, keeping nested folders', () => {
    expect(urls.tagUrl('café & co')).toBe('/tags/caf%C3%A9%20%26%20co/');
    expect(urls.tagUrl('a?b#c')).toBe('/tags/a%3Fb%23c/');
    expect(urls.articleUrl('2026/spring-notes')).toBe('/articles/2026/spring-notes/');
  });

  it('gives files no trailing slash', () => {
    expect(urls.rssUrl()).toBe('/rss.xml');
    expect(urls.sitemapUrl()).toBe('/sitemap-index.xml');
    expect(urls.llmsFullUrl()).toBe('/llms-full.txt');
    expect(urls.assetUrl('/favicon.svg')).toBe('/favicon.svg');
    expect(urls.jsonFeedUrl()).toBe('/feed.json');
    expect(urls.collectionRssUrl('testimonials')).toBe('/testimonials/rss.xml');
    expect(urls.tagRssUrl('remote-work')).toBe('/tags/remote-work/rss.xml');
    expect(urls.tagRssUrl('café')).toBe('/tags/caf%C3%A9/rss.xml');
    expect(urls.feedStylesheetUrl()).toBe('/rss.css');
  });

  it('makes absolute URLs on the production site', () => {
    expect(urls.absoluteUrl(urls.articleUrl('x'))).toBe('https://stories.example.org/articles/x/');
    expect(urls.absoluteUrl(urls.rssUrl())).toBe('https://stories.example.org/rss.xml');
  });
});

describe('createUrls under a sub-path', () => {
  for (const base of ['/stories', '/stories/']) {
    const urls = createUrls(base, 'https://example.org');

    it(`prefixes every URL with the base (${base})`, () => {
      expect(urls.homeUrl()).toBe('/stories/');
      expect(urls.articleUrl('x')).toBe('/stories/articles/x/');
      expect(urls.tagUrl('careers', 2)).toBe('/stories/tags/careers/2/');
      expect(urls.rssUrl()).toBe('/stories/rss.xml');
      expect(urls.tagRssUrl('careers')).toBe('/stories/tags/careers/rss.xml');
      expect(urls.subscribeUrl()).toBe('/stories/subscribe/');
      expect(urls.shareUrl()).toBe('/stories/share/');
      expect(urls.absoluteUrl(urls.tagsUrl())).toBe('https://example.org/stories/tags/');
    });
  }
});

describe('mailtoUrl', () => {
  it('fills in the subject and the body, encoded, with CRLF line breaks', () => {
    const url = mailtoUrl('stories@example.org', { subject: 'My story & more', body: 'Role now: lead\nYears: 3?' });
    expect(url).toBe(
      'mailto:stories@example.org?subject=My%20story%20%26%20more&body=Role%20now%3A%20lead%0D%0AYears%3A%203%3F',
    );
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('stories@example.org');
    expect(parsed.searchParams.get('body')).toBe('Role now: lead\r\nYears: 3?');
  });
});

describe('contentHref', () => {
  it('moves root-relative content links under the base', () => {
    const urls = createUrls('/stories/', 'https://example.org');
    expect(urls.contentHref('/articles/x/')).toBe('/stories/articles/x/');
    expect(urls.contentHref('/articles/x/#part')).toBe('/stories/articles/x/#part');
    expect(urls.contentHref('/stories/articles/x/')).toBe('/stories/articles/x/');
  });

  it('leaves other links alone, and everything alone at the root', () => {
    const urls = createUrls('/stories', 'https://example.org');
    for (const href of ['https://example.org/a', '//cdn.example.org/a', '#part', '../x/', 'mailto:a@example.org']) {
      expect(urls.contentHref(href)).toBe(href);
    }
    expect(createUrls('/', 'https://example.org').contentHref('/articles/x/')).toBe('/articles/x/');
  });
});

describe('baseWithSlash', () => {
  it('ends the base path in exactly one slash, however it was given', () => {
    expect(baseWithSlash('/')).toBe('/');
    expect(baseWithSlash('/stories')).toBe('/stories/');
    expect(baseWithSlash('/stories/')).toBe('/stories/');
  });
});

describe('the bound URL helpers', () => {
  it('take the base path from the site config, so they work outside Vite too', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { entryUrl, homeUrl } = await import(${JSON.stringify(new URL('./urls.ts', import.meta.url).href)});
       console.log(homeUrl(), entryUrl({ collection: 'articles', id: 'x' }));`,
      ],
      { env: { ...process.env, SITE_BASE: '/stories' } },
    );
    expect(stdout.trim()).toBe('/stories/ /stories/articles/x/');
  });
});
