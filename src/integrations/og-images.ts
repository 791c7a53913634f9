import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CARD_ART_WIDTHS, drawCardArt, drawOgPng, ogCacheKey, ogCardFor, type OgCard } from '../seo/og-image.ts';
import type { ContentFile } from '../content-check/validate-files.ts';
import type { CardCounts } from './build-summary.ts';
import { siteConfig } from '../site.config.ts';

/*
 * The Open Graph card of every published story, /og/<collection>/<id>.png, and the same card drawn
 * small as WebP for the story cards on the site's own pages, /og/<collection>/<id>-<width>.webp.
 *
 * A build plans the cards from the published stories the content check has already read
 * (build-content.ts), and starts drawing the ones missing from the cache as soon as it starts: one
 * at a time, on libuv's thread pool, so they use the core that Astro's single-threaded bundling and
 * page rendering leave free, and never crowd out the file reads and writes Astro sends to the same
 * pool. Once the pages are written the cards are copied into the output; Astro's page loop never
 * sees them. Cards are cached in <cacheDir>/og/ under a hash of their text and the template's
 * version, so an unchanged story is never redrawn, and cards no story uses are dropped; deleting
 * the cache only costs time.
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
  let drawing: Promise<void> = Promise.resolve();
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
        drawing = drawMissing(missing, cacheDir, logger);
        // Reported at the end of the build, not as an unhandled rejection in the middle of it.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await drawing;
        mkdirSync(cacheDir, { recursive: true });
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        for (const folder of new Set(planned.map(({ file }) => path.dirname(path.join(outDir, file)))))
          mkdirSync(folder, { recursive: true });
        await Promise.all(planned.map(({ file, key }) => copyFile(cachedCard(cacheDir, key), path.join(outDir, file))));
        // Cards no published story uses any more (an edited title, a deleted story) leave the cache,
        // so a cache carried from deploy to deploy does not grow for ever.
        const used = new Set(planned.map(({ key }) => key));
        const unused = readdirSync(cacheDir).filter((name) => !used.has(name));
        for (const name of unused) rmSync(path.join(cacheDir, name), { force: true });
        onCopied?.({ drawn, reused: planned.length - drawn });
        logger.info(
          `${planned.length} Open Graph card files copied in ${Math.round(performance.now() - started)} ms` +
            (unused.length > 0 ? `; ${unused.length} unused card files removed from the cache` : ''),
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

async function drawMissing(cards: PlannedCard[], cacheDir: string, logger: AstroIntegrationLogger): Promise<void> {
  if (cards.length === 0) return;
  mkdirSync(cacheDir, { recursive: true });
  const started = performance.now();
  let reported = started;
  logger.info(`drawing ${cards.length} Open Graph card files while Astro builds`);
  for (const [index, { card, key, draw }] of cards.entries()) {
    const target = cachedCard(cacheDir, key);
    const partial = `${target}.${process.pid}.tmp`;
    await writeFile(partial, await draw(card));
    renameSync(partial, target);
    const now = performance.now();
    if (now - reported >= PROGRESS_EVERY_MS && index + 1 < cards.length) {
      logger.info(`drawn ${index + 1} of ${cards.length} card files`);
      reported = now;
    }
  }
  logger.info(`drawn ${cards.length} Open Graph card files in ${Math.round(performance.now() - started)} ms`);
}
