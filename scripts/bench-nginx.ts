import path from 'node:path';
import { startNginx } from '../tests/support/nginx-server.ts';
import { describeLoad, loadPaths, measureLoad, type LoadFigures } from './nginx-load.ts';

/*
 * npm run bench:nginx [-- <dist folder>] : serves a built dist/ (default: this project's) with
 * deploy/nginx.conf on loopback and loads it with 50 connections, 5 s asking for uncompressed
 * answers, then 5 s asking for compressed ones as browsers and feed readers do, twice over. The budget:
 * with compression, at least 80% of the uncompressed requests/s, so compression never makes the
 * server slower for the URLs feed readers poll. Prints one PASS or FAIL line; exit 1 on FAIL or on
 * any answer that is not a 2xx. Figures taken while other work shares the machine are lower.
 */

export const COMPRESSED_SHARE_BUDGET = 0.8;
const ROUNDS = 2;

export async function benchNginx(distDir: string): Promise<boolean> {
  const projectRoot = path.resolve(import.meta.dirname, '..');
  const server = await startNginx(distDir, path.join(projectRoot, '.tmp', 'bench-nginx'));
  try {
    const paths = loadPaths(distDir);
    // Alternating rounds, the best of each kind: another process that takes the CPU for a moment
    // then costs one round, not the comparison.
    const rounds: Record<'plain' | 'compressed', LoadFigures[]> = { plain: [], compressed: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const kind of ['plain', 'compressed'] as const) {
        const figures = await measureLoad(server.origin, paths, { compressed: kind === 'compressed', seconds: 5 });
        console.log(
          describeLoad(`round ${round + 1}, ${kind === 'plain' ? 'no compression asked' : 'br/gzip asked'}`, figures),
        );
        rounds[kind].push(figures);
      }
    }
    const best = (list: LoadFigures[]) => list.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
    const [plain, compressed] = [best(rounds.plain), best(rounds.compressed)];
    console.log(describeLoad('nginx, no compression asked (best round)', plain));
    console.log(describeLoad('nginx, br/gzip asked (best round)', compressed));
    const share = compressed.requestsPerSecond / Math.max(1, plain.requestsPerSecond);
    const failed = [...rounds.plain, ...rounds.compressed].some(
      (figures) => figures.non2xx + figures.errors + figures.timeouts > 0,
    );
    const pass = share >= COMPRESSED_SHARE_BUDGET && !failed;
    console.log(
      `${pass ? 'PASS' : 'FAIL'} nginx throughput with compression: ${(share * 100).toFixed(0)}% of the uncompressed ` +
        `requests/s (budget >= ${COMPRESSED_SHARE_BUDGET * 100}%)${failed ? '; some answers were not 2xx' : ''}`,
    );
    return pass;
  } finally {
    await server.stop();
  }
}

if (import.meta.main) {
  const distDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));
  if (!(await benchNginx(distDir))) process.exitCode = 1;
}
