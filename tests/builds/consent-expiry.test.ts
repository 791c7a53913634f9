import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildProject, copyProject, reuseDrawnImages } from '../support/project-copy.ts';
import { shownText } from '../support/shown-text.ts';

/*
 * Consent that runs out, in a real build of a project copy with two fixture testimonials told
 * under consent: one whose consent ended yesterday, one whose consent ends tomorrow. Dates are
 * worked out when the test runs, so it means the same thing whatever day that is. The first must
 * be gone from every output of the build, the second in all of them. The copy also has no contact
 * address, to check what /share/ and the build say then.
 */

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

interface Fixture {
  id: string;
  name: string;
  marker: string;
  expires: string;
  tag: string;
}

const ended: Fixture = {
  id: 'consent-ended-fixture',
  name: 'Expirella',
  marker: 'CONSENT-ENDED-BODY',
  expires: day(-1),
  tag: 'consent-ended-only',
};
const ending: Fixture = {
  id: 'consent-ending-fixture',
  name: 'Tomorrina',
  marker: 'CONSENT-ENDS-TOMORROW-BODY',
  expires: day(1),
  tag: 'consent-ending-only',
};

/** A testimonial told under consent, with its own employer kind, channel and tag so every count shows it. */
function testimonial(fixture: Fixture, employer: string, channel: string): string {
  return `---
name: "${fixture.name}"
headline: "A real person's story, told with permission"
role: "Support lead"
startedAs: "Café counter"
yearsInService: 7
milestones:
  - year: 2
    role: "Phone agent"
  - year: 5
    role: "Senior agent"
channels: [${channel}]
employer: ${employer}
workMode: remote
quote: "I stayed for the people."
pubDate: 2025-02-01
tags: [careers, ${fixture.tag}]
consent:
  given: 2025-01-15
  expires: ${fixture.expires}
  name: real
---

## My story

Told with permission. Marker: ${fixture.marker}.
`;
}

let root = '';
let dist = '';
let output = '';

const textFiles = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(html|xml|json|txt)$/.test(name) && !name.startsWith('pagefind'))
    .map((name) => name.split(path.sep).join('/'));
const read = (name: string) => readFileSync(path.join(dist, name), 'utf8');
const page = (url: string) => parse(read(`${url.replace(/^\//, '')}index.html`));

/** Every page Pagefind indexed, with its text, from the compressed fragments it wrote. */
function searchIndex(): { url: string; content: string }[] {
  const folder = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const json = gunzipSync(readFileSync(path.join(folder, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    return JSON.parse(json) as { url: string; content: string };
  });
}

const mentions = (text: string, fixture: Fixture) => text.includes(fixture.name) || text.includes(fixture.id);

beforeAll(async () => {
  root = copyProject('consent-expiry');
  reuseDrawnImages(root, inject('builtRoot'));
  writeFileSync(
    path.join(root, 'content', 'testimonials', `${ended.id}.mdx`),
    testimonial(ended, 'hospitality', 'social'),
  );
  writeFileSync(
    path.join(root, 'content', 'testimonials', `${ending.id}.mdx`),
    testimonial(ending, 'family-business', 'social'),
  );
  const result = await buildProject(root, { CONTACT_EMAIL: '' });
  output = result.output;
  if (result.code !== 0) throw new Error(`the consent build failed:\n${result.output}`);
  dist = path.join(root, 'dist');
}, 300_000);

describe('a testimonial whose consent ended yesterday, and one whose consent ends tomorrow', () => {
  it('has a page only while consent lasts', () => {
    expect(existsSync(path.join(dist, 'testimonials', ended.id, 'index.html'))).toBe(false);
    const kept = page(`/testimonials/${ending.id}/`);
    expect(kept.querySelector('.prose')?.text).toContain(ending.marker);
    expect(kept.querySelector('.entry__meta')?.text).toContain('Told with permission, under their real first name');
    expect(kept.querySelector('.entry__meta')?.text).not.toContain('composite');
    expect(kept.querySelector('.entry__meta a')?.getAttribute('href')).toBe('/about/#consent');
  });

  it('is in every feed only while consent lasts', () => {
    const feeds = textFiles().filter((name) => /(^|\/)(rss\.xml|feed\.json)$/.test(name));
    expect(feeds).toEqual(
      expect.arrayContaining([
        'rss.xml',
        'feed.json',
        'testimonials/rss.xml',
        'tags/careers/rss.xml',
        `tags/${ending.tag}/rss.xml`,
      ]),
    );
    expect(feeds).not.toContain(`tags/${ended.tag}/rss.xml`);
    for (const feed of feeds) expect(read(feed).includes(ended.marker), feed).toBe(false);
    for (const feed of ['rss.xml', 'feed.json', 'testimonials/rss.xml', `tags/${ending.tag}/rss.xml`]) {
      expect(read(feed), feed).toContain(ending.marker);
    }
  });

  it('counts in tags and facets only while consent lasts', () => {
    expect(existsSync(path.join(dist, 'tags', ended.tag))).toBe(false);
    expect(existsSync(path.join(dist, 'tags', ending.tag, 'index.html'))).toBe(true);
    const tagIndex = page('/tags/');
    expect(tagIndex.querySelector(`a[href="/tags/${ended.tag}/"]`)).toBeNull();
    expect(tagIndex.querySelector(`a[href="/tags/${ending.tag}/"]`)?.parentNode.text).toContain('1 story');
    // Hospitality is the ended fixture's alone; family business is shared by the other fixture and Dario.
    expect(existsSync(path.join(dist, 'testimonials', 'employer', 'hospitality'))).toBe(false);
    const facets = page('/testimonials/').querySelector('.facets');
    expect(facets?.querySelector('a[href="/testimonials/employer/hospitality/"]')).toBeNull();
    expect(facets?.querySelector('a[href="/testimonials/employer/family-business/"]')?.text).toContain('(2)');
    const social = page('/testimonials/channel/social/')
      .querySelectorAll('.card__title a')
      .map((a) => a.getAttribute('href'));
    expect(social).toContain(`/testimonials/${ending.id}/`);
    expect(social).not.toContain(`/testimonials/${ended.id}/`);
  });

  it('is in the sitemap and the search index only while consent lasts', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).not.toContain(`/testimonials/${ended.id}/`);
    expect(sitemap).toContain(`/testimonials/${ending.id}/`);
    const indexed = searchIndex();
    expect(indexed.length).toBeGreaterThan(10);
    expect(indexed.some((entry) => entry.content.includes(ended.marker) || entry.url.includes(ended.id))).toBe(false);
    expect(indexed.find((entry) => entry.url === `/testimonials/${ending.id}/`)?.content).toContain(ending.marker);
  });

  it('has an Open Graph card only while consent lasts', () => {
    expect(existsSync(path.join(dist, 'og', 'testimonials', `${ended.id}.png`))).toBe(false);
    expect(existsSync(path.join(dist, 'og', 'testimonials', `${ending.id}.png`))).toBe(true);
  });

  it('is on the journeys charts only while consent lasts, its steps drawn', () => {
    const chart = page('/testimonials/').querySelector('#journeys svg');
    const links = chart?.querySelectorAll('a.journey').map((a) => a.getAttribute('href')) ?? [];
    expect(links).not.toContain(`/testimonials/${ended.id}/`);
    const kept = chart?.querySelector(`a[href="/testimonials/${ending.id}/"]`);
    expect(kept?.querySelectorAll('.journey__step--step')).toHaveLength(2);
    expect(kept?.querySelector('title')?.text).toContain('phone agent in year 2; then senior agent in year 5');
    const others = page('/testimonials/rosa-remote-retail-agent/').querySelectorAll('.journey-place__others');
    expect(others).toHaveLength(links.length - 1);
  });

  it('appears nowhere else in the built site, llms.txt included once it exists', () => {
    const files = textFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const name of files) expect(mentions(read(name), ended), name).toBe(false);
    const listed = files.filter((name) => mentions(read(name), ending));
    expect(listed).toEqual(
      expect.arrayContaining([
        `testimonials/${ending.id}/index.html`,
        'testimonials/index.html',
        'archive/index.html',
        'sitemap-0.xml',
        ...files.filter((name) => /^llms.*\.txt$/.test(name)),
      ]),
    );
  });

  it('says on the About page that real people are published with their permission', () => {
    const about = shownText(page('/about/').querySelector('main'));
    expect(about).toContain('the others are real people telling their own story with their permission');
    expect(shownText(page('/testimonials/').querySelector('.lede'))).toContain('the others are real people');
  });
});

describe('a site with no contact address', () => {
  it('warns in the build', () => {
    expect(output).toMatch(/no contact address: \/share\/ cannot send readers’ stories anywhere/);
  });

  it('tells readers on /share/ how else to reach the editors, and offers no email link', () => {
    const share = page('/share/');
    expect(share.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(share.querySelector('.reply-no-address')?.text).toMatch(/no address for stories yet/);
    expect(share.querySelector('.reply-template')?.text).toContain('First name');
  });
});
