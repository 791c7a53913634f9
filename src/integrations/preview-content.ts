import { validateContentFiles, type ContentFile } from '../content-check/validate-files.ts';
import { publishedEntries, publishOptionsFor } from '../stories/publishing.ts';

/*
 * The stories `astro dev` shows right now, drafts and scheduled ones included, read afresh from
 * content/ on each call so an edit shows: what the dev server's card routes draw from
 * (og-dev-route.ts, card-art-dev-route.ts), with the preview's publish options.
 */

export function previewContent(root: string): ContentFile[] {
  return publishedEntries(validateContentFiles(root).files, publishOptionsFor('development'));
}
