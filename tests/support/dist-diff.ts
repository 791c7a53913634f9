import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The files in which two output folders differ: "only in a: x", "only in b: y", or "differs: z"
 * where both have the file but not the same bytes. Empty when the folders are byte-identical.
 */
export function distDifferences(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = new Set(filesUnder(b));
  const differences: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) differences.push(`only in the first: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      differences.push(`differs: ${file}`);
    inB.delete(file);
  }
  for (const file of inB) differences.push(`only in the second: ${file}`);
  return differences;
}
