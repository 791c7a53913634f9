import path from 'node:path';
import { storyKey } from '../../stories/story-entry.ts';
import type { ContentFile } from '../validate-files.ts';
import { contentPaths } from './content-paths.ts';
import type { ContentReport } from './context.ts';

/**
 * Two files that Astro would publish at the same address (an error: one would vanish), and a file
 * whose name differs from the address it gets (a warning: editors look for it by its name).
 */
export function checkAddresses(files: readonly ContentFile[]): ContentReport[] {
  const reports: ContentReport[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const address = contentPaths.entryUrl(file);
    const first = seen.get(storyKey(file));
    if (first) {
      reports.push({
        file: file.file,
        field: 'file name',
        message: `has the same address ${address} as ${first}; rename one of the two files`,
        severity: 'error',
      });
    } else seen.set(storyKey(file), file.file);
    const base = path.posix.basename(file.file, '.mdx');
    const expectedBase = file.id.split('/').at(-1);
    if (base !== 'index' && base !== expectedBase) {
      reports.push({
        file: file.file,
        field: 'file name',
        message: `becomes the address ${address}; rename the file to ${expectedBase}.mdx so the two match`,
        severity: 'warning',
      });
    }
  }
  return reports;
}
