import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, readPage, readText } from '../support/built-site.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

/*
 * Subscribing, as built: /feeds.opml lists every RSS feed the build wrote, so a reader imports them
 * all in one step; and with the site config as it ships, subscribing by email is off: no form
 * posts anywhere but our own pages, and the CSP lets forms go nowhere else.
 */

const site = siteConfig.url;
const rssFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('rss.xml'))
  .map((name) => `${site}/${name.split(path.sep).join('/')}`)
  .sort();

describe('/feeds.opml', () => {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readText('/feeds.opml'));
  const outlines = [parsed.opml?.body?.outline ?? []].flat() as Record<string, string>[];

  it('is OPML 2.0 listing every RSS feed of the site once, each with its title and page', () => {
    expect(parsed.opml.version).toBe('2.0');
    expect(rssFiles.length).toBeGreaterThan(5);
    expect(outlines.map((outline) => outline['xmlUrl']).sort()).toEqual(rssFiles);
    for (const outline of outlines) {
      expect(outline['type']).toBe('rss');
      expect(outline['text']?.length).toBeGreaterThan(0);
      expect(outline['htmlUrl']).toMatch(new RegExp(`^${site}/`));
    }
  });

  it('is offered on /subscribe/', () => {
    expect(readPage('/subscribe/').querySelector('a[href="/feeds.opml"]')).not.toBeNull();
  });
});

describe('subscribing by email, off as the site ships', () => {
  it('shows no email form, and no form on the site posts away from it', () => {
    expect(siteConfig.emailSubscription).toBeUndefined();
    const page = readPage('/subscribe/');
    expect(page.querySelector('input[type="email"]')).toBeNull();
    for (const form of page.querySelectorAll('form')) expect(form.getAttribute('action') ?? '').toMatch(/^\//);
  });

  it('leaves the CSP letting forms post to our own pages only', () => {
    const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
    const policy = headersFor(rules, '/subscribe/').get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|; )form-action 'self'(;|$)/);
  });
});
