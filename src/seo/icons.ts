import { Resvg } from '@resvg/resvg-js';
import iconSvg from '../assets/brand/icon.svg?raw';
import { encodeIco } from './ico.ts';

/*
 * The site's icon exists once, as SVG. The favicon, touch icons, web app manifest icons and the
 * feed image are all drawn from it at build time, so they can never drift apart.
 */

export const ICON_SIZES = [144, 180, 192, 512] as const;
export type IconSize = (typeof ICON_SIZES)[number];

export { iconSvg };

function drawPng(width: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(iconSvg, { fitTo: { mode: 'width', value: width } }).render().asPng());
}

/** The icon as a square PNG of the given width. */
export function renderIconPng(size: IconSize): Uint8Array<ArrayBuffer> {
  return drawPng(size);
}

/** The sizes inside /favicon.ico: tabs, taskbars and high-density screens. */
export const FAVICON_ICO_SIZES = [16, 32, 48] as const;

/** /favicon.ico, for clients that ask for it without reading the page's <link rel="icon">. */
export function renderFaviconIco(): Uint8Array<ArrayBuffer> {
  return encodeIco(FAVICON_ICO_SIZES.map((size) => ({ size, png: drawPng(size) })));
}
