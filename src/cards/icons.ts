import { Resvg } from '@resvg/resvg-js';
import iconSvg from '../assets/brand/icon.svg?raw';

/*
 * The site's icon exists once, as SVG. The favicon, touch icons, web app manifest icons and the
 * feed image are all drawn from it at build time, so they can never drift apart.
 */

export const ICON_SIZES = [144, 180, 192, 512] as const;
export type IconSize = (typeof ICON_SIZES)[number];

export { iconSvg };

export function isIconSize(value: number): value is IconSize {
  return (ICON_SIZES as readonly number[]).includes(value);
}

/** The icon as a square PNG of the given width. */
export function renderIconPng(size: IconSize): Uint8Array<ArrayBuffer> {
  const png = new Resvg(iconSvg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Uint8Array(png);
}
