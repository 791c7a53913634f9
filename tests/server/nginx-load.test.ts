import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLoad, loadPaths, measureLoad } from '../../scripts/nginx-load.ts';
import { distDir } from '../support/built-site.ts';
import { startNginx, type RunningNginx } from '../support/nginx-server.ts';
import { projectRoot } from '../support/project-copy.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * The nginx recipe under a bounded load on loopback: 50 connections for 10 s over about ten
 * pages and feeds, asking for compressed answers as browsers and feed readers do. Every answer
 * must be a 2xx, with no error or timeout. The throughput and p99 are printed to watch, never
 * asserted: they depend on the machine. The budget on them is in `npm run bench:nginx`.
 */

let server: RunningNginx;

beforeAll(async () => {
  server = await startNginx(distDir, path.join(projectRoot, '.tmp', 'nginx-load'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('deploy/nginx.conf under load', () => {
  it('answers every request with a 2xx, compressed, for 10 s at 50 connections', async () => {
    const paths = loadPaths(distDir);
    expect(paths.length).toBeGreaterThanOrEqual(10);
    const figures = await measureLoad(server.origin, paths, { compressed: true });
    console.log(describeLoad('nginx load test (br/gzip asked)', figures));
    recordFigures('nginx-load', { ...figures });
    expect(figures.requests).toBeGreaterThan(0);
    expect({ non2xx: figures.non2xx, errors: figures.errors, timeouts: figures.timeouts }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
    expect(server.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  }, 60_000);

  it('counts an answer that is not a 2xx (the load test can fail)', async () => {
    const figures = await measureLoad(server.origin, ['/', '/no-such-page/'], { compressed: true, seconds: 1 });
    expect(figures.non2xx).toBeGreaterThan(0);
  }, 30_000);
});
