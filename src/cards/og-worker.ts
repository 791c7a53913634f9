import { parentPort, workerData } from 'node:worker_threads';
import { ogCacheKey, renderOgImage, type OgCard } from './og-image.ts';

/*
 * A worker thread that draws Open Graph cards into the cache, one message per card finished.
 * Started by src/integrations/og-images.ts with { cards, cacheDir }.
 */

const { cards, cacheDir } = workerData as { cards: OgCard[]; cacheDir: string };
for (const card of cards) {
  try {
    await renderOgImage(card, cacheDir);
    parentPort?.postMessage({ key: ogCacheKey(card) });
  } catch (error) {
    parentPort?.postMessage({ key: ogCacheKey(card), error: String(error) });
  }
}
