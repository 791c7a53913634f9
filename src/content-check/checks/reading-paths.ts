import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readingPathSchema } from '../../schema/schemas.ts';
import { storyKey } from '../../stories/story-entry.ts';
import { problemsOf, type ContentFile } from '../validate-files.ts';
import { parseYaml } from '../yaml-text.ts';
import { unpublishedReason } from '../../stories/publishing.ts';
import { isPublished, type ContentReport } from './context.ts';

export const READING_PATHS_FOLDER = 'content/reading-paths';

/** The reading-path files, as paths from the project root. */
export function readingPathFiles(root: string): string[] {
  const folder = path.join(root, READING_PATHS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.posix.join(READING_PATHS_FOLDER, name.split(path.sep).join('/')))
    .sort();
}

/** Reading paths: valid YAML with the path schema, naming entries that exist and will be published. */
export function checkReadingPaths(root: string, files: readonly ContentFile[], now: Date): ContentReport[] {
  const byKey = new Map(files.map((file) => [storyKey(file), file]));
  return readingPathFiles(root).flatMap((file): ContentReport[] => {
    const yaml = parseYaml(readFileSync(path.join(root, file), 'utf8'));
    if (!yaml.ok) return [{ file, field: 'file', message: `expected valid YAML; ${yaml.message}`, severity: 'error' }];
    const result = readingPathSchema.safeParse(yaml.data ?? {});
    if (!result.success) return problemsOf(file, result.error).map((problem) => ({ ...problem, severity: 'error' }));
    return result.data.entries.flatMap((key, index): ContentReport[] => {
      const entry = byKey.get(key);
      const field = `entries[${index}]`;
      if (!entry) {
        const message = `"${key}" names no entry: expected a file at content/${key}.mdx`;
        return [{ file, field, message, severity: 'error' }];
      }
      if (isPublished(entry, now)) return [];
      const message = `"${key}" is ${unpublishedReason(entry, now) ?? 'published'}; the path skips it until it is published`;
      return [{ file, field, message, severity: 'warning' }];
    });
  });
}
