/*
 * The ICO container, holding PNG images as every current browser accepts. Browsers and feed
 * readers ask for /favicon.ico on their own whenever a document does not name its icon (a feed
 * opened in a browser, for one), so the site serves a real one rather than a 404.
 */

export interface IcoImage {
  /** Width and height in pixels, 1 to 256. */
  size: number;
  png: Uint8Array;
}

const HEADER_BYTES = 6;
const ENTRY_BYTES = 16;

export function encodeIco(images: readonly IcoImage[]): Uint8Array<ArrayBuffer> {
  if (images.length === 0) throw new RangeError('an ICO file needs at least one image');
  const total = images.reduce((sum, image) => sum + image.png.length, HEADER_BYTES + ENTRY_BYTES * images.length);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = HEADER_BYTES + ENTRY_BYTES * images.length;
  for (const [index, image] of images.entries()) {
    if (!Number.isInteger(image.size) || image.size < 1 || image.size > 256) {
      throw new RangeError(`an ICO image is 1 to 256 pixels wide, got ${image.size}`);
    }
    const entry = HEADER_BYTES + ENTRY_BYTES * index;
    view.setUint8(entry, image.size % 256); // 0 stands for 256
    view.setUint8(entry + 1, image.size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    bytes.set(image.png, offset);
    offset += image.png.length;
  }
  return bytes;
}
