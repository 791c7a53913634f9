import type { ContentFile } from '../content-check/validate-files.ts';
import { publishedEntries, publishOptionsFor } from '../stories/publishing.ts';
import { backgroundContentCheck } from './background-content-check.ts';
import type { CheckSummary } from './check-summary.ts';

/*
 * The one read of content/ that the build steps outside Astro's content layer share. The content
 * check reads and checks every file as the build starts; the Open Graph cards and the sitemap dates
 * then take the stories it read, through the same publish rule as the story library
 * (stories/publishing.ts). The check runs on a worker thread (background-content-check.ts), which
 * sends the files it read back. `astro dev` does not use this: it checks on a worker that stays
 * for the next save, and draws a card from the files as they are when it is asked for
 * (preview-content.ts).
 */

export interface BuildContent {
  /** Runs the content check over the project at `root` and keeps what it read (and its record, given Astro's cacheDir). */
  check(root: string, cacheDir?: string): Promise<CheckSummary>;
  /** The stories this build publishes, newest first, from the content check's read. */
  published(): ContentFile[];
}

export function buildContent(): BuildContent {
  let files: ContentFile[] | undefined;
  return {
    async check(root, cacheDir) {
      // On a worker thread, like the dev server's checks: the config that imports this module is
      // loaded by `astro dev` too, which should not load the checks and their parsers with it.
      const checker = backgroundContentCheck(root, cacheDir);
      try {
        const read = await checker.read();
        files = read.files;
        return read.summary;
      } finally {
        await checker.close();
      }
    },
    published() {
      if (!files)
        throw new Error('content/ has not been read yet: contentCheck() must run before the steps that use its files');
      return publishedEntries(files, publishOptionsFor('production'));
    },
  };
}
