import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeRgbaPng } from './png.ts';

/* Our PNG writer, read back by an independent decoder (sharp, which Astro uses for images). */

function pattern(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index += 1) {
    pixels.set([(index * 7) % 256, (index * 13) % 256, (index * 29) % 256, index % 5 === 0 ? 128 : 255], index * 4);
  }
  return pixels;
}

describe('encodeRgbaPng', () => {
  it('writes a PNG that a real decoder reads back pixel for pixel', async () => {
    const pixels = pattern(37, 23);
    const png = encodeRgbaPng(pixels, 37, 23);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([37, 23, 4]);
    expect(Buffer.from(data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('rejects pixels that do not match the size, and sizes that are not whole numbers', () => {
    expect(() => encodeRgbaPng(new Uint8Array(10), 2, 2)).toThrow('expected 16 bytes of RGBA pixels for 2 x 2, got 10');
    expect(() => encodeRgbaPng(new Uint8Array(0), 0, 4)).toThrow(RangeError);
    expect(() => encodeRgbaPng(new Uint8Array(8), 1.5, 1)).toThrow(RangeError);
  });
});
