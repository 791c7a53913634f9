import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CARD_ART_WIDTHS } from '../seo/card-size.ts';
import { drawCardArt, drawOgPng, ogCacheKey, ogCardFor, type OgCard } from '../seo/og-image.ts';
import type { ContentFile } from '../content-check/validate-files.ts';
import type { CardCounts } from './build-summary.ts';
import { placeFromCache, pruneCache, storeInCache } from './output-cache.ts';
import { siteConfig } from '../site.config.ts';

/*
 * The Open Graph card of every published story, /og/<collection>/<id>.png, and the same card drawn
 * small as WebP for the story cards on the site's own pages, /og/<collection>/<id>-<width>.webp.
 *
 * A build plans the cards from the published stories the content check has already read
 * (build-content.ts), and starts drawing the ones missing from the cache as soon as it starts: one
 * at a time, on libuv's thread pool, so they use the core that Astro's single-threaded bundling and
 * page rendering leave free, and never crowd out the file reads and writes Astro sends to the same
 * pool; once Astro's pages are written, two at a time. Then the cards are linked into the output
 * (output-cache.ts); Astro's page loop never sees them. Cards are cached in <cacheDir>/og/ under a
 * hash of their text and the template's version, so an unchanged story is never redrawn, and
 * cards no story uses are dropped; deleting the cache only costs time.
 * `astro dev` draws a card on request (og-dev-route.ts), from the same files read afresh.
 */

const PROGRESS_EVERY_MS = 3000;

interface PlannedCard {
  /** Where the card goes in the output, such as og/articles/why-i-chose.png. */
  file: string;
  card: OgCard;
  /** Its name in the cache: the card's hash and the rendition, such as 3f…a1-400.webp. */
  key: string;
  draw: (card: OgCard) => Promise<Buffer>;
}

/** Every file drawn from one card: the Open Graph PNG and the small WebP renditions. */
const RENDITIONS: { suffix: string; draw: (card: OgCard) => Promise<Buffer> }[] = [
  { suffix: '.png', draw: drawOgPng },
  ...CARD_ART_WIDTHS.map((width) => ({ suffix: `-${width}.webp`, draw: (card: OgCard) => drawCardArt(card, width) })),
];

export interface OgImagesOptions {
  /** The stories this build publishes, as read by the content check (build-content.ts). */
  content: () => readonly ContentFile[];
  /** Told, once the cards are in the output, how many were drawn in this build and how many came from the cache. */
  onCopied?: (counts: CardCounts) => void;
}

export function ogImages({ content, onCopied }: OgImagesOptions): AstroIntegration {
  let cacheDir = '';
  let planned: PlannedCard[] = [];
  let drawn = 0;
  let drawing: CardDrawing | undefined;
  return {
    name: 'service-stories:og-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({
            pattern: '/og/[collection]/[id].png',
            entrypoint: new URL('./og-dev-route.ts', import.meta.url),
          });
          injectRoute({
            pattern: '/og/[collection]/[art].webp',
            entrypoint: new URL('./card-art-dev-route.ts', import.meta.url),
          });
        }
      },
      'astro:config:done': ({ config }) => {
        cacheDir = ogCacheDir(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        planned = content().flatMap((story) => {
          const card = ogCardFor(story, siteConfig.title);
          const key = ogCacheKey(card);
          return RENDITIONS.map(({ suffix, draw }) => ({
            file: `og/${story.collection}/${story.id}${suffix}`,
            card,
            key: `${key}${suffix}`,
            draw,
          }));
        });
        const missing = planned.filter(({ key }) => !existsSync(cachedCard(cacheDir, key)));
        drawn = new Set(missing.map(({ key }) => key)).size;
        drawing = new CardDrawing(missing, cacheDir, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Astro has written every page, so its thread is free: a second lane halves what is left to draw.
        drawing?.addLane();
        await drawing?.finished();
        mkdirSync(cacheDir, { recursive: true });
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        for (const folder of new Set(planned.map(({ file }) => path.dirname(path.join(outDir, file)))))
          mkdirSync(folder, { recursive: true });
        await Promise.all(
          planned.map(({ file, key }) => placeFromCache(cachedCard(cacheDir, key), path.join(outDir, file))),
        );
        // Cards no published story uses any more (an edited title, a deleted story) leave the cache.
        const unused = pruneCache(cacheDir, new Set(planned.map(({ key }) => key)));
        onCopied?.({ drawn, reused: planned.length - drawn });
        logger.info(
          `${planned.length} Open Graph card files placed in ${Math.round(performance.now() - started)} ms` +
            (unused > 0 ? `; ${unused} unused card files removed from the cache` : ''),
        );
      },
    },
  };
}

/** The folder of cached cards under Astro's cacheDir. */
export function ogCacheDir(astroCacheDir: string): string {
  return path.join(astroCacheDir, 'og');
}

const cachedCard = (cacheDir: string, key: string) => path.join(cacheDir, key);

/**
 * Draws the cards missing from the cache, one at a time on libuv's thread pool in each lane: one
 * lane while Astro builds, a second once Astro's pages are written. Lanes share one queue.
 */
class CardDrawing {
  private readonly queue: PlannedCard[];
  private readonly cacheDir: string;
  private readonly logger: AstroIntegrationLogger;
  private readonly lanes: Promise<void>[] = [];
  private readonly started = performance.now();
  private reported = this.started;
  private readonly total: number;
  private done = 0;
  private lastDrawn = this.started;

  constructor(cards: readonly PlannedCard[], cacheDir: string, logger: AstroIntegrationLogger) {
    this.queue = [...cards];
    this.total = cards.length;
    this.cacheDir = cacheDir;
    this.logger = logger;
    if (cards.length === 0) return;
    mkdirSync(cacheDir, { recursive: true });
    logger.info(`drawing ${cards.length} Open Graph card files while Astro builds`);
    this.addLane();
  }

  addLane(): void {
    if (this.queue.length === 0) return;
    const lane = this.drawQueued();
    // A failure is reported by finished(), at the end of the build, not as an unhandled rejection in the middle of it.
    lane.catch(() => undefined);
    this.lanes.push(lane);
  }

  async finished(): Promise<void> {
    await Promise.all(this.lanes);
    if (this.done > 0)
      this.logger.info(`drawn ${this.done} Open Graph card files in ${Math.round(this.lastDrawn - this.started)} ms`);
  }

  private async drawQueued(): Promise<void> {
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      await storeInCache(this.cacheDir, next.key, await next.draw(next.card));
      this.done += 1;
      const now = performance.now();
      this.lastDrawn = now;
      if (now - this.reported >= PROGRESS_EVERY_MS && this.queue.length > 0) {
        this.logger.info(`drawn ${this.done} of ${this.total} card files`);
        this.reported = now;
      }
    }
  }
}
