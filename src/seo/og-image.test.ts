import { describe, expect, it } from 'vitest';
import { CARD_ART_WIDTHS, cardArtHeight, OG_HEIGHT, OG_WIDTH } from './card-size.ts';
import { cardRenderer, drawCardArt, drawOgCard, type OgCard } from './og-image.ts';

/*
 * Reads the drawn pixels to check the card's layout: text keeps to its margins and nothing the
 * card promises (kicker, title, summary, site name) falls off the canvas.
 */

const BACKGROUND = [0xfd, 0xfa, 0xf5];
const MARGIN = 72;

type Drawn = Awaited<ReturnType<typeof drawOgCard>>;

/** How many pixels in the box differ clearly from the card's background. */
function inkIn(drawn: Drawn, box: { left: number; top: number; right: number; bottom: number }): number {
  let ink = 0;
  for (let y = box.top; y < box.bottom; y += 1) {
    for (let x = box.left; x < box.right; x += 1) {
      const at = (y * drawn.width + x) * 4;
      const distance = BACKGROUND.reduce(
        (sum, value, channel) => sum + Math.abs(value - (drawn.pixels[at + channel] ?? 0)),
        0,
      );
      if (distance > 60) ink += 1;
    }
  }
  return ink;
}

const longCard: OgCard = {
  kicker: 'Article',
  title:
    'What a queue teaches you about patience, and why the best agents on every shift keep a notebook of small fixes',
  subtitle:
    'A sentence long enough to wrap onto a second line, the way many of our descriptions and pull quotes do, and then some more words to be sure.',
  siteName: 'Service Stories',
};

/** Width and height from a lossless WebP file's VP8L header: a signature byte, then each less one in 14 bits. */
function losslessWebpSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 4).toString('latin1')).toBe('RIFF');
  expect(file.subarray(8, 16).toString('latin1')).toBe('WEBPVP8L');
  expect(file[20]).toBe(0x2f);
  const bits = file.readUInt32LE(21);
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

describe('the card drawn small for story cards', () => {
  it.each(CARD_ART_WIDTHS)(
    'is a lossless WebP %i px wide in the 1200 x 630 proportions, under 25 KB',
    async (width) => {
      const file = await drawCardArt(longCard, width);
      expect(losslessWebpSize(file)).toEqual({ width, height: cardArtHeight(width) });
      expect(cardArtHeight(width) / width).toBeCloseTo(OG_HEIGHT / OG_WIDTH, 2);
      expect(file.length).toBeLessThan(25_000);
    },
  );
});

describe('Open Graph card', () => {
  it('is drawn at 1200 x 630', async () => {
    const drawn = await drawOgCard(longCard);
    expect([drawn.width, drawn.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(drawn.pixels.length).toBe(OG_WIDTH * OG_HEIGHT * 4);
  });

  it('keeps a long title and summary inside the right margin', async () => {
    const drawn = await drawOgCard(longCard);
    // The text column really is drawn there (so an empty margin means something)...
    expect(inkIn(drawn, { left: MARGIN, top: 200, right: OG_WIDTH / 2, bottom: 500 })).toBeGreaterThan(5000);
    // ...and the right margin, below the top border, carries no ink.
    expect(inkIn(drawn, { left: OG_WIDTH - MARGIN + 8, top: 40, right: OG_WIDTH, bottom: OG_HEIGHT })).toBe(0);
  });

  it('draws the site name inside the canvas, below the summary', async () => {
    // The same card with another name: if the footer fell off the canvas the two would be identical.
    const ours = await drawOgCard(longCard);
    const renamed = await drawOgCard({ ...longCard, siteName: 'Queue Notes Weekly' });
    const changedRows: number[] = [];
    for (let y = 0; y < OG_HEIGHT; y += 1) {
      const row = (pixels: Buffer) => pixels.subarray(y * OG_WIDTH * 4, (y + 1) * OG_WIDTH * 4);
      if (!row(ours.pixels).equals(row(renamed.pixels))) changedRows.push(y);
    }
    expect(changedRows.length).toBeGreaterThan(15);
    // Only the footer changed: nothing above the bottom quarter, nothing in the bottom padding.
    expect(Math.min(...changedRows)).toBeGreaterThan(OG_HEIGHT * 0.75);
    expect(Math.max(...changedRows)).toBeLessThan(OG_HEIGHT - 40);
  });

  it('sets the title in the serif face and the rest in the sans faces', async () => {
    const renderer = await cardRenderer();
    const width = async (fontFamily: string, fontWeight: number) =>
      (
        await renderer.measure({
          type: 'text',
          text: 'Handling escalation calmly',
          style: { fontFamily, fontWeight, fontSize: 60 },
        })
      ).width;
    // A face that failed to register falls back to another, which measures the same.
    const [serif, sansBold, sans] = await Promise.all([width('Serif', 700), width('Sans', 700), width('Sans', 400)]);
    expect(new Set([serif, sansBold, sans]).size).toBe(3);
  });
});
