/*
 * The sizes of the drawn cards (og-image.ts), apart from the renderer, so that a page showing card
 * art (components/CardArt.astro) does not load the native renderer with it.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * Widths of the card drawn small for story cards on the site's own pages (a card column is about
 * 360 CSS px wide, so one for 1x screens and one for 2x), as lossless WebP. A card is flat colour
 * and type, which lossless WebP stores in about half the bytes of lossy WebP at quality 75, and
 * draws faster (2026-12-08, takumi 2.16: 800 px 12 KB in 12 ms against 23 KB in 16 ms; 400 px
 * 6 KB in 3 ms against 10 KB in 7 ms), with no blur around the letters.
 */
export const CARD_ART_WIDTHS = [400, 800] as const;
export type CardArtWidth = (typeof CARD_ART_WIDTHS)[number];

/** Height of the card drawn at one of CARD_ART_WIDTHS, keeping the 1200 x 630 proportions. */
export const cardArtHeight = (width: CardArtWidth): number => Math.round((width * OG_HEIGHT) / OG_WIDTH);
