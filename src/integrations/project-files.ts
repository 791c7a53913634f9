import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/*
 * The files of a project folder, for the fingerprints that tell whether what a step read has
 * changed (stored-texts-setting.ts, check-record.ts).
 */

/** Every file under `folder` of `root` that `keep` accepts, as a path relative to `root`; none if the folder is missing. */
export function filesUnder(root: string, folder: string, keep: (file: string) => boolean = () => true): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter(keep);
}
