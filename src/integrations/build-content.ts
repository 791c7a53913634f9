import { checkContent, type CheckResult } from '../content-check/check-content.ts';
import { validateContentFiles, type ContentFile } from '../content-check/validate-files.ts';
import { publishedEntries, publishOptionsFor } from '../stories/publishing.ts';

/*
 * The one read of content/ that the steps outside Astro's content layer share. The content check
 * reads and checks every file as the build starts; the Open Graph cards and the sitemap dates then
 * take the stories it read, through the same publish rule as the story library
 * (stories/publishing.ts). In `astro dev` the files change under the server, so a card is drawn
 * from the files as they are when it is asked for, with the preview's publish options.
 */

export interface BuildContent {
  /** Runs the content check over the project at `root` and keeps what it read. */
  check(root: string): CheckResult;
  /** The stories this build publishes, newest first, from the content check's read. */
  published(): ContentFile[];
}

export function buildContent(): BuildContent {
  let checked: CheckResult | undefined;
  return {
    check(root) {
      checked = checkContent(root);
      return checked;
    },
    published() {
      if (!checked)
        throw new Error('content/ has not been read yet: contentCheck() must run before the steps that use its files');
      return publishedEntries(checked.files, publishOptionsFor('production'));
    },
  };
}

/** The stories `astro dev` shows right now (drafts and scheduled ones included), read afresh. */
export function previewContent(root: string): ContentFile[] {
  return publishedEntries(validateContentFiles(root).files, publishOptionsFor('development'));
}
