import { isVisible, publishOptionsFor } from '../../stories/publishing.ts';
import type { ContentFile, ContentProblem } from '../validate-files.ts';

/*
 * What every content check gives back, and the publish state the checks share. Each check is one
 * function from the content it needs to the problems it finds; check-content.ts runs them all.
 */

export type Severity = 'error' | 'warning';

export interface ContentReport extends ContentProblem {
  severity: Severity;
}

/** Whether a production build made at `now` publishes the file. */
export function isPublished(file: ContentFile, now: Date): boolean {
  return isVisible(file, publishOptionsFor('production', now));
}
