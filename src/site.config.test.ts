import { describe, expect, it } from 'vitest';
import { parseSiteConfig, siteConfig } from './site.config.ts';

const valid = {
  title: 'Service Stories',
  description: 'Stories.',
  url: 'https://example.org',
  base: '/',
  lang: 'en',
  author: 'Editors',
  pageSize: 6,
  feedLimit: 50,
};

describe('site config', () => {
  it('parses the real config', () => {
    expect(siteConfig.title).toBe('Service Stories');
    expect(new URL(siteConfig.url).protocol).toMatch(/^https?:$/);
  });

  it('accepts a valid config', () => {
    expect(parseSiteConfig(valid)).toEqual(valid);
  });

  it('normalises the origin and the base path', () => {
    const parsed = parseSiteConfig({ ...valid, url: 'https://Example.org/', base: '/stories/' });
    expect(parsed.url).toBe('https://example.org');
    expect(parsed.base).toBe('/stories');
  });

  it('takes a contact address for readers’ stories, or none when it is left out or empty', () => {
    expect(parseSiteConfig({ ...valid, contactEmail: 'stories@example.org' }).contactEmail).toBe('stories@example.org');
    expect(parseSiteConfig({ ...valid, contactEmail: '' }).contactEmail).toBeUndefined();
    expect(parseSiteConfig(valid).contactEmail).toBeUndefined();
  });

  it('leaves subscribing by email off unless a service is configured, and takes one with an https action', () => {
    expect(parseSiteConfig(valid).emailSubscription).toBeUndefined();
    expect(siteConfig.emailSubscription).toBeUndefined();
    const on = parseSiteConfig({
      ...valid,
      emailSubscription: { service: 'Mailer', action: 'https://mail.example.net/s' },
    });
    expect(on.emailSubscription).toEqual({
      service: 'Mailer',
      action: 'https://mail.example.net/s',
      emailField: 'email',
    });
  });

  it.each([
    [
      'emailSubscription',
      { emailSubscription: { service: 'Mailer', action: 'http://mail.example.net/s' } },
      /emailSubscription\.action: must be the https address/,
    ],
    [
      'emailSubscription',
      { emailSubscription: { service: 'Mailer', action: 'https://m.example.net', list: 3 } },
      /emailSubscription/,
    ],
    ['url', { url: 'example.org' }, /url: must be an absolute http\(s\) URL/],
    ['url', { url: 'ftp://example.org' }, /url: must be an absolute http\(s\) URL/],
    ['url', { url: 'https://example.org/stories' }, /url: must be an origin only.*SITE_BASE/],
    ['base', { base: 'stories' }, /base: must be a path such as \/stories/],
    ['base', { base: '/two words' }, /base: must be a path/],
    ['pageSize', { pageSize: 0 }, /pageSize/],
    ['feedLimit', { feedLimit: 0 }, /feedLimit/],
    ['feedLimit', { feedLimit: 2.5 }, /feedLimit/],
    ['lang', { lang: 'English' }, /lang: must be a language tag/],
    ['title', { title: '' }, /title/],
    ['unknown key', { siteUrl: 'https://x.org' }, /siteUrl/],
    ['contactEmail', { contactEmail: 'stories at example.org' }, /contactEmail: must be an email address/],
    ['contactEmail', { contactEmail: 42 }, /contactEmail: must be an email address/],
  ])('refuses a bad %s with a message naming it', (_field, change, message) => {
    expect(() => parseSiteConfig({ ...valid, ...change })).toThrow(message);
  });
});
