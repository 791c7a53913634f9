import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

/*
 * Astro empties the output folder as a build starts, one file at a time on the main thread: for a
 * site of several thousand files (pages, cards, the search index) that is seconds of every
 * rebuild. This moves the previous output aside in one rename, into Astro's cacheDir, and deletes
 * it on a worker thread while the build goes on. Where the rename cannot be done (another file
 * system, or an output folder that is a git checkout), Astro empties the folder as usual.
 */
export function previousOutput(): AstroIntegration {
  let outDir = '';
  let trash = '';
  let removing: Promise<void> = Promise.resolve();
  return {
    name: 'service-stories:previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        trash = path.join(fileURLToPath(config.cacheDir), 'previous-output');
      },
      'astro:build:start': ({ logger }) => {
        if (!existsSync(outDir) || existsSync(path.join(outDir, '.git'))) return;
        try {
          mkdirSync(trash, { recursive: true });
          renameSync(outDir, path.join(trash, `${Date.now()}-${process.pid}`));
        } catch (error) {
          logger.debug(`previous output left for Astro to empty: ${String(error)}`);
          return;
        }
        const worker = new Worker(
          "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });",
          { eval: true, workerData: trash },
        );
        removing = new Promise((resolve) => worker.once('exit', () => resolve()));
      },
      'astro:build:done': async () => {
        await removing;
      },
    },
  };
}
