import { describe, expect, it } from 'vitest';
import { encodeIco } from './ico.ts';

const png = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('encodeIco', () => {
  it('writes the header, one directory entry per image and the PNGs after them', () => {
    const ico = encodeIco([
      { size: 16, png: png(10, 1) },
      { size: 256, png: png(20, 2) },
    ]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7]]).toEqual([16, 16]);
    expect([ico[22], ico[23]]).toEqual([0, 0]); // 256 is written as 0
    expect(view.getUint32(6 + 8, true)).toBe(10);
    expect(view.getUint32(6 + 12, true)).toBe(38);
    expect(view.getUint32(22 + 12, true)).toBe(48);
    expect(ico.length).toBe(68);
    expect([...ico.slice(38, 48)]).toEqual(Array(10).fill(1));
    expect([...ico.slice(48)]).toEqual(Array(20).fill(2));
  });

  it('refuses an empty icon and sizes the format cannot hold', () => {
    expect(() => encodeIco([])).toThrow(/at least one image/);
    expect(() => encodeIco([{ size: 300, png: png(1, 0) }])).toThrow(/1 to 256 pixels wide, got 300/);
  });
});
