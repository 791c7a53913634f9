import { describe, expect, it } from 'vitest';
import { headerRules, toHeadersFile } from '../../src/integrations/header-policy.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

describe('reading a _headers file as Netlify and Cloudflare Pages apply it', () => {
  const rules = parseHeadersFile(
    [
      '# comment',
      '/*',
      '  X-Frame-Options: DENY',
      '  Link: </a.css>; rel=preload',
      '',
      '/tags/:tag/rss.xml',
      '  Content-Type: application/xml',
      '/static/*',
      '  Link: </b.css>; rel=preload',
      '  ! X-Frame-Options',
    ].join('\n'),
  );

  it('applies every matching rule in order, joining repeated headers with a comma', () => {
    const sent = headersFor(rules, '/static/app.js');
    expect(sent.get('link')).toBe('</a.css>; rel=preload, </b.css>; rel=preload');
  });

  it('lets a later rule detach a header with "!"', () => {
    expect(headersFor(rules, '/static/app.js').has('x-frame-options')).toBe(false);
    expect(headersFor(rules, '/about/').get('x-frame-options')).toBe('DENY');
  });

  it('matches * across slashes and :placeholder within one segment only', () => {
    expect(headersFor(rules, '/tags/careers/rss.xml').get('content-type')).toBe('application/xml');
    expect(headersFor(rules, '/tags/a/b/rss.xml').has('content-type')).toBe(false);
    expect(headersFor(rules, '/static').has('link')).toBe(true); // only the /* rule
    expect(headersFor(rules, '/static').get('link')).toBe('</a.css>; rel=preload');
  });

  it('rejects lines the hosts would not read as we do', () => {
    expect(() => parseHeadersFile('  X-Early: 1')).toThrow(/_headers:1: a header line comes before any path/);
    expect(() => parseHeadersFile('about\n  X: 1')).toThrow(/_headers:1: a rule starts with a path/);
    expect(() => parseHeadersFile('/*\n  no colon here')).toThrow(/_headers:2: expected "Name: value"/);
  });

  it('reads the file the build writes: one CSP per page, feed types on feeds only', () => {
    const written = parseHeadersFile(toHeadersFile(headerRules('/', ["'sha256-a'"])));
    const page = headersFor(written, '/about/');
    expect(page.get('content-security-policy')).toContain("script-src 'self' 'sha256-a'");
    expect(page.has('content-type')).toBe(false);
    expect(headersFor(written, '/tags/careers/rss.xml').get('content-type')).toBe('application/xml; charset=utf-8');
    expect(headersFor(written, '/feed.json').get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(headersFor(written, '/_astro/a.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/rss.xml', '/_astro/a.css', '/feed.json']) {
      expect(headersFor(written, path).get('content-security-policy'), path).not.toContain(', ');
    }
  });
});
