import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { baseWithSlash } from '../../src/urls/base-path.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

/*
 * A small static server for a built dist/ on 127.0.0.1, optionally mounted under a base path
 * (/stories/), answering like a real static host: index.html for folders, a 301 to the slash
 * form for a folder asked without one, and dist/404.html with status 404 for anything missing.
 * Every response carries the headers dist/_headers gives its path, as Netlify and Cloudflare
 * Pages send them, so every browser test runs under the site's real Content-Security-Policy.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface DistServer {
  origin: string;
  /** origin + base, ending in a slash: where the site's home page is. */
  home: string;
  /** The CSP violation reports browsers sent, when served with `reportCsp` (see ServeOptions). */
  cspReports: () => CspReport[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * Also send a Content-Security-Policy-Report-Only copy of each page's policy, with a report-uri
   * on this server, and keep the reports. Firefox driven over WebDriver BiDi does not put CSP
   * refusals on the console; counting its reports is how a test sees them.
   */
  reportCsp?: boolean;
}

/** One report, as browsers POST them to a report-uri ("csp-report" body). */
export interface CspReport {
  'document-uri'?: string;
  'violated-directive'?: string;
  'effective-directive'?: string;
  'blocked-uri'?: string;
}

/** Where the test server takes CSP reports: a path no build writes. */
export const CSP_REPORT_PATH = '/__csp-report';

/** The rules of dist/_headers; a build without one is not the site the hosts would serve. */
function readHeadersRules(distDir: string) {
  const file = path.join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: serve a dist/ written by \`npm run build\``);
  return parseHeadersFile(readFileSync(file, 'utf8'), file);
}

export function serveDist(distDir: string, base = '/', options: ServeOptions = {}): Promise<DistServer> {
  const prefix = baseWithSlash(base);
  const rules = readHeadersRules(distDir);
  const reports: CspReport[] = [];
  const server: Server = createServer((request, response) => {
    const rawPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (options.reportCsp && rawPath === CSP_REPORT_PATH && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        reports.push(...cspReportsIn(body));
        response.writeHead(204).end();
      });
      return;
    }
    const pathname = decodeURIComponent(rawPath);
    // The hosts match _headers rules against the path as requested, whatever file answers it.
    for (const [name, value] of headersFor(rules, rawPath)) response.setHeader(name, value);
    const policy = response.getHeader('content-security-policy');
    if (options.reportCsp && typeof policy === 'string')
      response.setHeader('Content-Security-Policy-Report-Only', `${policy}; report-uri ${CSP_REPORT_PATH}`);
    const send = (file: string, status = 200) => {
      if (!response.hasHeader('content-type')) {
        response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      }
      response.writeHead(status);
      createReadStream(file).pipe(response);
    };
    const notFound = () => {
      // The error page is HTML whatever was asked for (a feed's type rule must not relabel it).
      response.setHeader('Content-Type', TYPES['.html'] ?? '');
      send(path.join(distDir, '404.html'), 404);
    };
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    if (pathname === `${prefix}_headers`) return notFound();
    const relative = pathname.slice(prefix.length - 1);
    const file = path.join(distDir, relative);
    if (!file.startsWith(distDir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    return existsSync(file) ? send(file) : notFound();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        home: `${origin}${prefix}`,
        cspReports: () => [...reports],
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** The reports in a report-uri POST body: one {"csp-report": …} object, or an array of them. */
function cspReportsIn(body: string): CspReport[] {
  try {
    const parsed = JSON.parse(body) as unknown;
    const items = Array.isArray(parsed) ? parsed : [parsed];
    return items.map((item) => ((item as { 'csp-report'?: CspReport })['csp-report'] ?? item) as CspReport);
  } catch {
    return [{ 'violated-directive': `unreadable report: ${body.slice(0, 200)}` }];
  }
}
