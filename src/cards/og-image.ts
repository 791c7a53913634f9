import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodeRgbaPng } from './png.ts';
import { storySummary, storyTitle, type StoryText } from '../stories/story-text.ts';

/*
 * Open Graph cards (1200 x 630 PNG) drawn at build time with satori and resvg, using fonts shipped
 * in npm packages, so the build never reaches the network. Each card is cached under .cache/og/
 * by a hash of its text and this template's version: an unchanged story is never redrawn.
 * Deleting the cache only costs time.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const TEMPLATE_VERSION = '2';

export interface OgCard {
  /** Small line above the title: "Article" or "Testimonial". */
  kicker: string;
  title: string;
  /** A line under the title: the description or the pull quote. */
  subtitle: string;
  siteName: string;
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= [
    {
      name: 'Serif',
      data: readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff')),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

type Node = {
  type: string;
  props: { style: Record<string, unknown>; children?: (Node | string)[] | Node | string | undefined };
};
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function cardTree(card: OgCard): Node {
  const title = clampText(card.title, 110);
  return el(
    'div',
    {
      // Satori sizes boxes without their padding and border unless told otherwise; without this
      // the card is laid out at 1344 x 782 and cropped at its right and bottom edges.
      boxSizing: 'border-box',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fdfaf5',
      color: '#1d2327',
      borderTop: '24px solid #1f5f5b',
      fontFamily: 'Sans',
    },
    [
      el(
        'div',
        {
          display: 'flex',
          fontSize: 28,
          fontWeight: 700,
          letterSpacing: 3,
          textTransform: 'uppercase',
          color: '#1f5f5b',
        },
        card.kicker,
      ),
      el('div', { display: 'flex', flexDirection: 'column', gap: 24 }, [
        el(
          'div',
          {
            display: 'flex',
            fontFamily: 'Serif',
            fontSize: title.length > 60 ? 60 : 72,
            fontWeight: 700,
            lineHeight: 1.1,
          },
          title,
        ),
        el('div', { display: 'flex', fontSize: 30, lineHeight: 1.35, color: '#4a5358' }, clampText(card.subtitle, 150)),
      ]),
      el('div', { display: 'flex', fontSize: 28, fontWeight: 700 }, card.siteName),
    ],
  );
}

/** The card for a story: what its page and feed call it, so the image always matches. */
export function ogCardFor(story: StoryText, siteName: string): OgCard {
  return {
    kicker: story.collection === 'articles' ? 'Article' : 'Testimonial',
    title: storyTitle(story),
    subtitle: storySummary(story),
    siteName,
  };
}

/*
 * Cards being drawn in background worker threads during this build (see
 * src/integrations/og-images.ts), by cache key. Kept on globalThis because the integration and the
 * page renderer load this module separately within the one build process.
 */
const PENDING = Symbol.for('service-stories.og-pending');
type PendingMap = Map<string, Promise<void>>;

export function pendingOgImages(): PendingMap {
  const holder = globalThis as typeof globalThis & { [PENDING]?: PendingMap };
  holder[PENDING] ??= new Map();
  return holder[PENDING];
}

export function defaultOgCacheDir(): string {
  return path.resolve('.cache', 'og');
}

export function ogCacheKey(card: OgCard): string {
  return createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

/** The card drawn to RGBA pixels, OG_WIDTH x OG_HEIGHT. */
export async function drawOgCard(card: OgCard): Promise<{ pixels: Buffer; width: number; height: number }> {
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  const drawn = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render();
  return { pixels: drawn.pixels, width: drawn.width, height: drawn.height };
}

/** The card as PNG bytes, from the cache when this exact card was drawn before. */
export async function renderOgImage(card: OgCard, cacheDir = defaultOgCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const key = ogCacheKey(card);
  const cached = path.join(cacheDir, `${key}.png`);
  // Drawn in the background already, or about to be: wait for it rather than draw it twice.
  await pendingOgImages()
    .get(key)
    ?.catch(() => undefined);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // not drawn yet
  }
  const drawn = await drawOgCard(card);
  const png = new Uint8Array(encodeRgbaPng(drawn.pixels, drawn.width, drawn.height));
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}
