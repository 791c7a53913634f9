import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile, link, writeFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * Files a build derives from other files (drawn cards, compressed copies), kept in a folder under
 * Astro's cacheDir by the hash of what they were made from, so a warm build makes only the ones
 * whose input changed. Each build puts into the output a hard link to the cached file, not a copy:
 * the same bytes at no cost. Nothing in the output is ever written to in place, so the two names
 * cannot drift apart.
 */

/** A file's content hash, as its name in a cache folder. */
export function contentKey(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 40);
}

/** Stores `data` in the cache folder under `name`, whole or not at all (a build stopped halfway leaves no half file). */
export async function storeInCache(folder: string, name: string, data: Buffer): Promise<void> {
  const target = path.join(folder, name);
  const partial = `${target}.${process.pid}.tmp`;
  await writeFile(partial, data);
  renameSync(partial, target);
}

/** Puts the cached file at `target`: a hard link, or a copy where the two are on different file systems. */
export async function placeFromCache(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') rmSync(target);
    await copyFile(cached, target);
  }
}

/** Removes from the cache folder every file this build did not use, so a cache kept from build to build does not grow for ever. */
export function pruneCache(folder: string, used: ReadonlySet<string>): number {
  if (!existsSync(folder)) return 0;
  const unused = readdirSync(folder).filter((name) => !used.has(name));
  for (const name of unused) rmSync(path.join(folder, name), { force: true });
  return unused.length;
}

export function ensureFolder(folder: string): string {
  mkdirSync(folder, { recursive: true });
  return folder;
}
