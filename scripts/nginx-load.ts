import { readdirSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

/*
 * A bounded load test of a served site, on loopback: autocannon's connections cycle through the
 * pages and feeds readers and feed readers ask for most, and the answer is the figures to watch
 * (requests per second, p99 latency) and every answer that was not a 2xx. Used by the nginx load
 * test in the suite and by the throughput budget in the bench.
 */

export interface LoadFigures {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** About ten paths: pages, the feeds (the largest text files, which feed readers poll), sitemaps, a stylesheet. */
export function loadPaths(distDir: string): string[] {
  const css = readdirSync(path.join(distDir, '_astro')).find((name) => name.endsWith('.css'));
  const article = readdirSync(path.join(distDir, 'articles'), { withFileTypes: true }).find(
    (entry) => entry.isDirectory() && !/^\d+$/.test(entry.name),
  )?.name;
  return [
    '/',
    '/articles/',
    `/articles/${article}/`,
    '/testimonials/',
    '/tags/',
    '/rss.xml',
    '/feed.json',
    '/articles/rss.xml',
    '/sitemap-0.xml',
    ...(css ? [`/_astro/${css}`] : []),
  ];
}

/** Loads `origin` for `seconds` with `connections` at once, asking for compressed answers or not. */
export async function measureLoad(
  origin: string,
  paths: readonly string[],
  { compressed, seconds = 10, connections = 50 }: { compressed: boolean; seconds?: number; connections?: number },
): Promise<LoadFigures> {
  const headers: Record<string, string> = compressed ? { 'accept-encoding': 'br, gzip' } : {};
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: paths.map((requestPath) => ({ method: 'GET', path: requestPath, headers })),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export const describeLoad = (label: string, figures: LoadFigures) =>
  `${label}: ${figures.requestsPerSecond} requests/s, p99 ${figures.p99Ms} ms ` +
  `(${figures.requests} requests, ${figures.non2xx} not 2xx, ${figures.errors} errors, ${figures.timeouts} timeouts)`;
