import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { baseWithSlash } from '../../src/urls/base-path.ts';

/*
 * A small static server for a built dist/ on 127.0.0.1, optionally mounted under a base path
 * (/stories/), answering like a real static host: index.html for folders, a 301 to the slash
 * form for a folder asked without one, and dist/404.html with status 404 for anything missing.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
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

export function serveDist(distDir: string, base = '/'): Promise<DistServer> {
  const prefix = baseWithSlash(base);
  const send = (response: import('node:http').ServerResponse, file: string, status = 200) => {
    response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  };
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const notFound = () => send(response, path.join(distDir, '404.html'), 404);
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    const relative = pathname.slice(prefix.length - 1);
    const file = path.join(distDir, relative);
    if (!file.startsWith(distDir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(response, index) : notFound();
    }
    return existsSync(file) ? send(response, file) : notFound();
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
