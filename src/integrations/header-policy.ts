import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { siteConfig } from '../site.config.ts';

/*
 * The site's HTTP headers, defined once. After each build they are written out for static hosts
 * that read a `_headers` file (Netlify, Cloudflare Pages) and as an nginx snippet, with the
 * hashes of the inline scripts the build actually produced, so no policy needs 'unsafe-inline'.
 */

export interface HeaderRule {
  /** Path pattern in `_headers` syntax: `*` matches any run of characters. */
  path: string;
  headers: Record<string, string>;
}

/** The type values that make a <script> run as JavaScript (the HTML standard's JavaScript MIME type essences). */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Whether a browser runs a <script> with this type attribute; any other type (JSON-LD, JSON) is a data block. */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const essence = type.trim().toLowerCase();
  return essence === '' || essence === 'module' || JAVASCRIPT_TYPES.has(essence);
}

/**
 * The body of every executable inline script in a page, found by parsing the HTML as elements:
 * text that merely looks like a script, inside an attribute or a comment (an editor's title
 * "</script><script>…" in a meta tag, say), is not one, and must never earn a hash in the policy.
 */
export function inlineScripts(html: string): string[] {
  return parse(html, { comment: false })
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src') && isExecutableScriptType(script.getAttribute('type')))
    .map((script) => script.rawText)
    .filter((body) => body.length > 0);
}

export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * Where forms may send readers: our own pages (search), and the feed-to-email service's origin
 * when subscribing by email is on (src/site.config.ts), and nowhere else.
 */
export function formAction(emailSubscription: { action: string } | undefined): string {
  return ['form-action', "'self'", ...(emailSubscription ? [new URL(emailSubscription.action).origin] : [])].join(' ');
}

/** The Content-Security-Policy: our own origin only, inline scripts by hash, WebAssembly for search. */
export function contentSecurityPolicy(
  scriptHashes: readonly string[],
  emailSubscription: { action: string } | undefined = siteConfig.emailSubscription,
): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes, "'wasm-unsafe-eval'"].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    formAction(emailSubscription),
    "frame-ancestors 'none'",
  ].join('; ');
}

/*
 * No Cross-Origin-Opener-Policy: it guards state shared between windows, and a public static site
 * has none. It is not free either: a page with it cannot share a browsing context group with the
 * page that linked to it, so Chromium starts a new renderer for every visit from another site.
 * In Lighthouse's mobile run that was about 550 ms more main-thread work and a performance score
 * of 0.87 to 0.95 instead of 1.00 on the same pages (npm run lighthouse, 2026-11-27).
 */
export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
  };
}

export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'public, max-age=300, must-revalidate',
  feed: 'public, max-age=600',
  media: 'public, max-age=86400',
} as const;

/**
 * Every header rule, in `_headers` order: security for all paths, then caching and types. Hosts
 * join the values of a header set by several matching rules, so each header is set by one rule
 * per path; HTML keeps the host's own short default caching. `root` is the site's base path with
 * its final slash, as src/urls/ gives it (basePath).
 */
export function headerRules(root: string, scriptHashes: readonly string[]): HeaderRule[] {
  return [
    { path: `${root}*`, headers: securityHeaders(scriptHashes) },
    { path: `${root}_astro/*`, headers: { 'Cache-Control': CACHE.immutable } },
    { path: `${root}og/*`, headers: { 'Cache-Control': CACHE.media } },
    { path: `${root}icons/*`, headers: { 'Cache-Control': CACHE.media } },
    {
      path: `${root}*rss.xml`,
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': CACHE.feed },
    },
    {
      path: `${root}feed.json`,
      headers: { 'Content-Type': 'application/feed+json; charset=utf-8', 'Cache-Control': CACHE.feed },
    },
    // OPML has no entry in hosts' type tables, so it would go out as a download of unknown type.
    {
      path: `${root}feeds.opml`,
      headers: { 'Content-Type': 'text/x-opml; charset=utf-8', 'Cache-Control': CACHE.feed },
    },
    // Hosts send .txt as text/plain without a charset, and the stories' curly quotes and accents
    // would then reach a reader or a crawler as mojibake.
    ...['llms.txt', 'llms-full.txt'].map((name) => ({
      path: `${root}${name}`,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE.feed },
    })),
  ];
}

/** The rules as a `_headers` file. */
export function toHeadersFile(rules: readonly HeaderRule[]): string {
  return `${rules
    .map((rule) =>
      [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')}\n`;
}

/** The security headers as nginx `add_header` lines, to include in every location. */
export function toNginxSnippet(scriptHashes: readonly string[]): string {
  const lines = Object.entries(securityHeaders(scriptHashes)).map(
    ([name, value]) => `add_header ${name} "${value.replaceAll('"', '\\"')}" always;`,
  );
  return `# Generated after each build by src/integrations/security-headers.ts; do not edit.\n${lines.join('\n')}\n`;
}
