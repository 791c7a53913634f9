import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toOpml } from './opml.ts';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);

describe('toOpml', () => {
  it('lists each feed as an RSS outline with its title, address and page, escaped', () => {
    const xml = toOpml('Stories: every feed', 'https://example.org/feeds.opml', [
      {
        title: 'All',
        description: 'Everything.',
        rssUrl: 'https://example.org/rss.xml',
        pageUrl: 'https://example.org/',
      },
      {
        title: 'Tea & "talk"',
        description: 'Tagged <tea>.',
        rssUrl: 'https://example.org/tags/tea/rss.xml',
        pageUrl: 'https://example.org/tags/tea/',
      },
    ]);
    const { opml } = parse(xml);
    expect(opml.version).toBe('2.0');
    expect(opml.head.title).toBe('Stories: every feed');
    expect(opml.body.outline).toEqual([
      expect.objectContaining({ type: 'rss', text: 'All', xmlUrl: 'https://example.org/rss.xml' }),
      expect.objectContaining({
        text: 'Tea & "talk"',
        description: 'Tagged <tea>.',
        htmlUrl: 'https://example.org/tags/tea/',
      }),
    ]);
  });
});
