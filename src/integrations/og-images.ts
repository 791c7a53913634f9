import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { validateContentFiles } from '../editorial/validate-files.ts';
import { ogCacheKey, ogCardFor, pendingOgImages, type OgCard } from '../cards/og-image.ts';
import { isVisible, type Publishable } from '../stories/publishing.ts';
import type { StoryText } from '../stories/story-text.ts';
import { siteConfig } from '../site.config.ts';

/*
 * Draws the Open Graph cards of every published story in worker threads while Astro renders the
 * pages, so the images cost little wall time on a multi-core machine. Cards already in the cache
 * are skipped. The /og/ endpoint waits for a card that is still being drawn, and draws any card
 * this step did not foresee itself, so the result never depends on this step.
 */
const CARDS_PER_WORKER = 40;

export function ogImages(): AstroIntegration {
  let root = '';
  let running: Promise<unknown> = Promise.resolve();
  return {
    name: 'service-stories:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        const cacheDir = path.join(root, '.cache', 'og');
        const now = { now: new Date(), includeUnpublished: false };
        const cards: OgCard[] = validateContentFiles(root)
          .files.filter((file) => isVisible(file as unknown as Publishable, now))
          .map((file) => ogCardFor(file as unknown as StoryText, siteConfig.title))
          .filter((card) => !existsSync(path.join(cacheDir, `${ogCacheKey(card)}.png`)));
        if (cards.length === 0) return;
        const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(cards.length / 8)));
        const pending = pendingOgImages();
        const resolvers = new Map<string, () => void>();
        for (const card of cards) {
          const key = ogCacheKey(card);
          pending.set(key, new Promise<void>((resolve) => resolvers.set(key, resolve)));
        }
        // resvg's native memory is only released when its thread ends, so each worker draws one
        // batch and exits, and a fresh worker takes the next batch.
        const workerFile = fileURLToPath(new URL('../cards/og-worker.ts', import.meta.url));
        const batches: OgCard[][] = [];
        for (let index = 0; index < cards.length; index += CARDS_PER_WORKER) {
          batches.push(cards.slice(index, index + CARDS_PER_WORKER));
        }
        const drawBatch = (batch: OgCard[]) =>
          new Promise<void>((resolve) => {
            const worker = new Worker(workerFile, { workerData: { cards: batch, cacheDir } });
            worker.on('message', (message: { key: string; error?: string }) => {
              if (message.error)
                logger.warn(`Open Graph card ${message.key} failed in the background: ${message.error}`);
              resolvers.get(message.key)?.();
            });
            worker.on('error', (error) => logger.warn(`Open Graph worker stopped: ${error.message}`));
            worker.on('exit', () => {
              for (const card of batch) resolvers.get(ogCacheKey(card))?.();
              resolve();
            });
          });
        running = Promise.all(
          Array.from({ length: threads }, async () => {
            for (let batch = batches.shift(); batch; batch = batches.shift()) await drawBatch(batch);
          }),
        ).then(() =>
          logger.info(
            `${cards.length} Open Graph cards drawn on ${threads} threads in ${Math.round(performance.now() - started)} ms`,
          ),
        );
      },
      'astro:build:done': async () => {
        await running;
        pendingOgImages().clear();
      },
    },
  };
}
