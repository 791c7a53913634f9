import { getImage } from 'astro:assets';
import { isArticle, type Story } from '../stories/library.ts';

/*
 * What a story shows outside its own page: link previews (og:image, JSON-LD) and feed readers get
 * a 1200 x 630 crop of its lead image when it has one. A story without one keeps the card drawn
 * at build time, so this answers only for stories with a `hero`.
 */

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewImage {
  /** Site path of the cropped image, such as /_astro/desk.Hash_abc.png. */
  path: string;
  width: number;
  height: number;
  /** Media type of the file, for feed enclosures. */
  type: string;
  alt: string;
}

/**
 * The story's lead image cropped to 1200 x 630 (cover, centred), as PNG: every link-preview
 * service and feed reader reads PNG, while AVIF and WebP support is still patchy among them.
 */
export async function previewImage(story: Story): Promise<PreviewImage | undefined> {
  const hero = isArticle(story) ? story.data.hero : undefined;
  if (!hero) return undefined;
  const image = await getImage({ src: hero.src, ...PREVIEW_SIZE, fit: 'cover', format: 'png' });
  return { path: image.src, ...PREVIEW_SIZE, type: 'image/png', alt: hero.alt };
}
