import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  securityHeaders,
  headerRules,
  inlineScripts,
  scriptHash,
  toHeadersFile,
  toNginxSnippet,
} from './header-policy.ts';

describe('inline script hashes', () => {
  it('finds executable inline scripts but not external scripts or JSON-LD', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/ld+json">{"@type":"WebSite"}</script><script></script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('reads scripts as elements: script-like text in attributes, comments and text is not a script', () => {
    const hostile = '</script><script>alert(1)</script>';
    const html =
      `<head><meta name="description" content="${hostile}"><title>&lt;/script&gt;&lt;script&gt;alert(1)</title>` +
      `<!-- <script>commented()</script> --><script>real()</script></head>` +
      `<body><p data-x='<script>attr()</script>'>&lt;script&gt;text()&lt;/script&gt;</p></body>`;
    expect(inlineScripts(html)).toEqual(['real()']);
  });

  it('hashes JavaScript and module scripts only, whatever the case or spacing of the type', () => {
    const html =
      '<script type="text/javascript">a()</script><script type=" MODULE ">b()</script>' +
      '<script type="application/json">{"a":1}</script><script type="text/x-template"><p>c</p></script>' +
      '<script type="importmap-ish">d()</script><script type="">e()</script><script type="TEXT/JavaScript">f()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'e()', 'f()']);
  });

  it('keeps a script body byte for byte, entities and all, as the browser hashes it', () => {
    const body = 'if (a < b && c > d) x("&amp;")';
    expect(inlineScripts(`<script>${body}</script>`)).toEqual([body]);
  });

  it('hashes a script the way browsers check it', () => {
    const expected = createHash('sha256').update('a()').digest('base64');
    expect(scriptHash('a()')).toBe(`'sha256-${expected}'`);
  });
});

describe('the policy', () => {
  const policy = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);

  it('allows only our origin, hashed inline scripts and WebAssembly', () => {
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('never allows unsafe-inline, unsafe-eval or another origin', () => {
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('lets forms post only to our own pages while subscribing by email is off, as it is by default', () => {
    expect(policy).toMatch(/(^|; )form-action 'self'(;|$)/);
    expect(contentSecurityPolicy([], undefined)).toContain("form-action 'self';");
  });

  it('lets forms post to the email service’s origin too, and to no other, when it is on', () => {
    const on = contentSecurityPolicy([], { action: 'https://mail.example.net/subscribe/stories?list=1' });
    expect(on).toContain("form-action 'self' https://mail.example.net;");
    expect(on.match(/https:/g)).toHaveLength(1);
  });

  it('sends no opener policy, which would cost every visit from another site a new renderer', () => {
    expect(Object.keys(securityHeaders([]))).not.toContain('Cross-Origin-Opener-Policy');
    expect(Object.keys(securityHeaders([]))).toEqual(expect.arrayContaining(['X-Frame-Options', 'Permissions-Policy']));
  });
});

describe('header files', () => {
  it('writes a _headers file with one rule per path and one value per header', () => {
    const text = toHeadersFile(headerRules('/', ["'sha256-a'"]));
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/*rss.xml\n  Content-Type: application/xml; charset=utf-8');
    expect(text).toContain('/feed.json\n  Content-Type: application/feed+json; charset=utf-8');
    expect(text).toContain('/llms-full.txt\n  Content-Type: text/plain; charset=utf-8');
    expect(text).toContain('/feeds.opml\n  Content-Type: text/x-opml; charset=utf-8');
    const cacheRulesOnRoot = text.split('\n\n')[0]?.includes('Cache-Control');
    expect(cacheRulesOnRoot).toBe(false);
  });

  it('puts every path under the base', () => {
    const paths = headerRules('/stories/', []).map((rule) => rule.path);
    expect(paths.every((rulePath) => rulePath.startsWith('/stories/'))).toBe(true);
  });

  it('writes the same security headers as nginx add_header lines', () => {
    const snippet = toNginxSnippet(["'sha256-a'"]);
    expect(snippet).toContain(`add_header X-Content-Type-Options "nosniff" always;`);
    expect(snippet).toMatch(/add_header Content-Security-Policy ".*'sha256-a'.*" always;/);
    const names = Object.keys(securityHeaders([]));
    expect(snippet.match(/^add_header (\S+)/gm)?.map((line) => line.split(' ')[1])).toEqual(names);
  });
});
