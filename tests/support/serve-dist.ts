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
  close: () => Promise<void>;
}

/** The rules of dist/_headers; a build without one is not the site the hosts would serve. */
function readHeadersRules(distDir: string) {
  const file = path.join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: serve a dist/ written by \`npm run build\``);
  return parseHeadersFile(readFileSync(file, 'utf8'), file);
}

export function serveDist(distDir: string, base = '/'): Promise<DistServer> {
  const prefix = baseWithSlash(base);
  const rules = readHeadersRules(distDir);
  const server: Server = createServer((request, response) => {
    const rawPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const pathname = decodeURIComponent(rawPath);
    // The hosts match _headers rules against the path as requested, whatever file answers it.
    for (const [name, value] of headersFor(rules, rawPath)) response.setHeader(name, value);
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
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
