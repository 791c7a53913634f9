import type { ContentFile } from '../validate-files.ts';
import { isPublished, type ContentReport } from './context.ts';

const PLACEHOLDER = /\bTODO:/;

/** A published entry that still holds a "TODO:" line from the scaffold, in a field or in its body. */
export function checkPlaceholders(files: readonly ContentFile[], now: Date): ContentReport[] {
  return files
    .filter((file) => isPublished(file, now))
    .flatMap((file) => {
      const unfinished = Object.entries(file.data)
        .filter(([, value]) => typeof value === 'string' && PLACEHOLDER.test(value))
        .map(([field]) => field);
      if (PLACEHOLDER.test(file.body)) unfinished.push('body');
      return unfinished.map((field): ContentReport => ({
        file: file.file,
        field,
        message:
          'still contains a "TODO:" placeholder from the scaffold; finish it, or keep draft: true until it is ready',
        severity: 'error',
      }));
    });
}
