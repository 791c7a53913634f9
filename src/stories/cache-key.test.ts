import { describe, expect, it } from 'vitest';
import { cacheKeyOf, stableJson, withCacheKeys } from './cache-key.ts';
import { siteConfig } from '../site.config.ts';

const site = { url: 'https://example.org', base: '/' };

const entry = (overrides: { title?: string; body?: string; date?: string } = {}) => ({
  collection: 'articles',
  id: 'why-i-chose',
  body: overrides.body ?? 'The body.',
  digest: `digest of ${overrides.body ?? 'The body.'}`,
  data: { title: overrides.title ?? 'Why I chose', pubDate: new Date(overrides.date ?? '2026-01-01') },
});

describe('cacheKeyOf', () => {
  it('gives the same key for the same data, whatever the order of its fields', () => {
    expect(cacheKeyOf({ a: 1, b: [1, 2] }, site)).toBe(cacheKeyOf({ b: [1, 2], a: 1 }, site));
  });

  it('changes with anything the page shows, however deep', () => {
    const base = { relations: { related: [entry()], neighbours: { newer: undefined } } };
    const retitled = { relations: { related: [entry({ title: 'Why I stayed' })], neighbours: { newer: undefined } } };
    const redated = { relations: { related: [entry({ date: '2026-01-02' })], neighbours: { newer: undefined } } };
    expect(cacheKeyOf(retitled, site)).not.toBe(cacheKeyOf(base, site));
    expect(cacheKeyOf(redated, site)).not.toBe(cacheKeyOf(base, site));
  });

  it('changes with the order of a list, since pages show lists in order', () => {
    expect(cacheKeyOf([1, 2], site)).not.toBe(cacheKeyOf([2, 1], site));
  });

  it('changes with the site settings, such as the base path', () => {
    expect(cacheKeyOf({ a: 1 }, { ...site, base: '/stories' })).not.toBe(cacheKeyOf({ a: 1 }, site));
  });

  it("counts a content entry by its frontmatter, not its body, which only the entry's own page shows", () => {
    expect(cacheKeyOf({ card: entry({ body: 'Another body.' }) }, site)).toBe(cacheKeyOf({ card: entry() }, site));
    expect(cacheKeyOf({ card: entry({ title: 'Other' }) }, site)).not.toBe(cacheKeyOf({ card: entry() }, site));
  });

  it('counts what is in Maps and Sets', () => {
    expect(cacheKeyOf(new Map([['a', 1]]), site)).not.toBe(cacheKeyOf(new Map([['a', 2]]), site));
    expect(cacheKeyOf(new Set([1]), site)).not.toBe(cacheKeyOf(new Set([2]), site));
  });
});

describe('stableJson', () => {
  it('writes dates as ISO strings and sorts keys', () => {
    expect(stableJson({ b: new Date('2026-01-01T00:00:00Z'), a: 1 })).toBe('{"a":1,"b":"2026-01-01T00:00:00.000Z"}');
  });

  it('writes what JSON.stringify writes for the values it leaves alone', () => {
    const value = { s: 'a "quoted" é\n', n: [1.5, -0, 1e21, Number.NaN], t: true, z: null, u: undefined, f: () => 1 };
    const members = { f: undefined, n: [1.5, 0, 1e21, null], s: value.s, t: true, u: undefined, z: null };
    expect(stableJson(value)).toBe(JSON.stringify(members));
    expect(stableJson([undefined, () => 1])).toBe('[null,null]');
  });

  it('writes Maps and Sets as lists, and an entry as its frontmatter, wherever they are', () => {
    expect(stableJson({ m: new Map([['k', new Set([2, 1])]]) })).toBe('{"m":{"map":[["k",{"set":[2,1]}]]}}');
    const article = entry({ body: 'A long body.' });
    const json =
      '{"collection":"articles","data":{"pubDate":"2026-01-01T00:00:00.000Z","title":"Why I chose"},"id":"why-i-chose"}';
    expect(stableJson([article, { nested: article }])).toBe(`[${json},{"nested":${json}}]`);
  });
});

describe('withCacheKeys', () => {
  const paths = [{ params: { slug: 'why-i-chose' }, props: { article: entry() } }];

  it('keys each path by its props and the site config', () => {
    const [keyed] = withCacheKeys(paths);
    expect(keyed?.params).toEqual({ slug: 'why-i-chose' });
    expect(keyed?.cacheKey).toBe(cacheKeyOf({ props: paths[0]?.props, also: undefined }, siteConfig));
  });

  it("adds what a page shows beyond its props' frontmatter, such as its own body", () => {
    const edited = [{ params: { slug: 'why-i-chose' }, props: { article: entry({ body: 'A typo fixed.' }) } }];
    const body = (path: (typeof paths)[number]) => path.props.article.body;
    expect(withCacheKeys(edited)[0]?.cacheKey).toBe(withCacheKeys(paths)[0]?.cacheKey);
    expect(withCacheKeys(edited, body)[0]?.cacheKey).not.toBe(withCacheKeys(paths, body)[0]?.cacheKey);
  });
});
