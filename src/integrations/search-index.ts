import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { basePath } from '../urls/urls.ts';

/*
 * Pagefind indexes the story pages (the elements marked data-pagefind-body) and writes its index
 * and client to dist/pagefind/. A worker thread runs Pagefind from the start of the build; a
 * middleware hands it each story page as soon as it is rendered, so the indexing happens on the
 * other core while Astro renders the rest, and only writing the index is left for the end.
 * Drafts and scheduled entries have no page in the build, so they are never in the index.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let worker: Worker | undefined;
  return {
    name: 'service-stories:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), {
          workerData: { outDir, base: basePath },
        });
        // A build that fails half-way must still exit; the finished build waits for it below.
        worker.unref();
      },
      'astro:build:done': async ({ logger }) => {
        if (!worker) return;
        const running = worker;
        running.ref();
        const started = performance.now();
        const result = await new Promise<{ errors: string[]; pages?: number; readBack?: number }>((resolve, reject) => {
          running.once('message', resolve);
          running.once('error', reject);
          running.postMessage('finish');
        });
        await running.terminate();
        if (result.errors.length > 0) throw new Error(`Pagefind could not index the site: ${result.errors.join('; ')}`);
        logger.info(
          `indexed ${result.pages} pages while the site was built` +
            (result.readBack ? ` (${result.readBack} read back from the output)` : '') +
            `; finished in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
