import { isVisible, publishState } from '../../stories/publishing.ts';
import type { ContentFile, ContentProblem, ContentSource } from '../validate-files.ts';

/*
 * What every content check is given and gives back. Each check is one function from the content
 * it needs to the problems it finds; check-content.ts runs them all and sorts the lines.
 */

export type Severity = 'error' | 'warning';

export interface ContentReport extends ContentProblem {
  severity: Severity;
}

export interface ContentSet {
  root: string;
  /** The moment of the check: what "published" and "expires soon" are measured against. */
  now: Date;
  /** The files whose frontmatter is valid, typed by collection. */
  files: ContentFile[];
  /** Every MDX file read, valid or not. */
  sources: ContentSource[];
}

/** Whether a production build made at `now` publishes the file. */
export function isPublished(file: ContentFile, now: Date): boolean {
  return isVisible(file, { now, includeUnpublished: false });
}

/** Why production leaves a file out, in words for a sentence: "a draft", "scheduled until 2027-01-05". */
export function whyUnpublished(file: ContentFile, now: Date): string {
  const state = publishState(file, now);
  switch (state) {
    case 'draft':
      return 'a draft';
    case 'scheduled':
      return `scheduled until ${file.data.pubDate.toISOString().slice(0, 10)}`;
    case 'published':
      return 'published';
    default:
      return state satisfies never;
  }
}
