import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Renderer, type Node } from '@takumi-rs/core';
import { storySummary, storyTitle, type StoryText } from '../stories/story-text.ts';
import { cardArtHeight, OG_HEIGHT, OG_WIDTH, type CardArtWidth } from './card-size.ts';

/*
 * Open Graph cards (1200 x 630 PNG) drawn with takumi, a native renderer, from fonts shipped in npm
 * packages, so a build never reaches the network. A card is cached under Astro's cacheDir by a
 * hash of its text and this template's version (src/integrations/og-images.ts).
 */

const TEMPLATE_VERSION = '4';

export interface OgCard {
  /** Small line above the title: "Article" or "Testimonial". */
  kicker: string;
  title: string;
  /** A line under the title: the description or the pull quote. */
  subtitle: string;
  siteName: string;
}

const require = createRequire(import.meta.url);
const fontFile = (file: string) => readFileSync(require.resolve(file));

let renderer: Promise<Renderer> | undefined;

const FACES = [
  { name: 'Serif', file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff', weight: 700 },
  { name: 'Sans', file: '@fontsource/inter/files/inter-latin-400-normal.woff', weight: 400 },
  { name: 'Sans', file: '@fontsource/inter/files/inter-latin-700-normal.woff', weight: 700 },
] as const;

/**
 * One renderer per process, with the card's three faces registered once. One after the other:
 * takumi 2.16 can lose a face registered at the same time as another (then the title silently
 * falls back to the sans face).
 */
export function cardRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const created = new Renderer();
    for (const face of FACES) {
      await created.registerFont({ name: face.name, data: fontFile(face.file), weight: face.weight, style: 'normal' });
    }
    return created;
  })();
  return renderer;
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

type Style = Record<string, string | number>;
const box = (style: Style, children: Node[]): Node => ({ type: 'container', style, children });
const text = (content: string, style: Style): Node => ({ type: 'text', text: content, style });

function cardTree(card: OgCard): Node {
  const title = clampText(card.title, 110);
  return box(
    {
      boxSizing: 'border-box',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: '#fdfaf5',
      color: '#1d2327',
      borderTop: '24px solid #1f5f5b',
      fontFamily: 'Sans',
    },
    [
      text(card.kicker, {
        fontSize: 28,
        fontWeight: 700,
        letterSpacing: 3,
        textTransform: 'uppercase',
        color: '#1f5f5b',
      }),
      box({ display: 'flex', flexDirection: 'column', gap: 24 }, [
        text(title, { fontFamily: 'Serif', fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }),
        text(clampText(card.subtitle, 150), { fontSize: 30, lineHeight: 1.35, color: '#4a5358' }),
      ]),
      text(card.siteName, { fontSize: 28, fontWeight: 700 }),
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

export function ogCacheKey(card: OgCard): string {
  return createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

async function draw(card: OgCard, format: 'png' | 'raw'): Promise<Buffer> {
  return (await cardRenderer()).render(cardTree(card), { width: OG_WIDTH, height: OG_HEIGHT, format });
}

/** The card drawn `width` pixels wide as WebP: the same layout scaled down, not a resampled PNG. */
export async function drawCardArt(card: OgCard, width: CardArtWidth): Promise<Buffer> {
  return (await cardRenderer()).render(cardTree(card), {
    width,
    height: cardArtHeight(width),
    devicePixelRatio: width / OG_WIDTH,
    format: 'webp',
    lossless: true,
  });
}

/** The card as PNG bytes. Drawn on libuv's thread pool: keep few in flight so file I/O is not starved. */
export function drawOgPng(card: OgCard): Promise<Buffer> {
  return draw(card, 'png');
}

/** The card drawn to RGBA pixels, OG_WIDTH x OG_HEIGHT, for tests that read the layout. */
export async function drawOgCard(card: OgCard): Promise<{ pixels: Buffer; width: number; height: number }> {
  return { pixels: await draw(card, 'raw'), width: OG_WIDTH, height: OG_HEIGHT };
}
