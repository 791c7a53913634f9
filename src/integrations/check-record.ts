import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site.config.ts';
import type { CheckSummary } from './check-summary.ts';
import { filesUnder } from './project-files.ts';

/*
 * The last content check's answer, kept in Astro's cacheDir, so that `astro dev` started again on
 * the same files (after a build, or after a restart) does not check them again: at N = 1000 the
 * check is a second and a half of CPU on a worker, beside the server's own start on a 2-core machine.
 * A record holds only while nothing the check reads has changed: every file under content/,
 * public/ and src/ (the stories, their images, the pages links point to, the check's own code),
 * the lockfile, and the site config; and only until its `validUntil`, the first moment the same
 * files could check differently (check-summary.ts). A build always checks, and leaves its record.
 * The checks' worker (content-check-worker.ts) takes the fingerprint and writes the record, so
 * neither a build's start nor a save in `astro dev` walks the files on Astro's thread.
 */

const RECORD_FILE = 'content-check.json';
const RECORD_VERSION = '1';
/** What the check reads, under the project root. */
const READ_FOLDERS = ['content', 'public', 'src'];
const READ_FILES = ['package-lock.json'];

interface CheckRecord {
  version: string;
  fingerprint: string;
  summary: CheckSummary;
}

/**
 * A hash of the path, size and modification time of every file the check reads, and of the site
 * config: a file saved again, even unchanged, makes a new fingerprint. Taken before a check reads
 * anything, so an edit made while it runs leaves the record stale rather than wrong.
 */
export function contentFingerprint(root: string): string {
  const hash = createHash('sha256').update(RECORD_VERSION).update(JSON.stringify(siteConfig));
  const files = READ_FOLDERS.flatMap((folder) => filesUnder(root, folder));
  files.push(...READ_FILES.filter((file) => existsSync(path.join(root, file))));
  for (const file of files.sort()) {
    const { size, mtimeMs } = statSync(path.join(root, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The summary the last check left for these files, if it still holds `now`. */
export function recordedCheck(cacheDir: string, fingerprint: string, now = Date.now()): CheckSummary | undefined {
  let record: Partial<CheckRecord>;
  try {
    record = JSON.parse(readFileSync(path.join(cacheDir, RECORD_FILE), 'utf8')) as Partial<CheckRecord>;
  } catch {
    return undefined;
  }
  const { version, summary } = record;
  if (version !== RECORD_VERSION || record.fingerprint !== fingerprint || !summary) return undefined;
  return now < summary.validUntil ? summary : undefined;
}

/**
 * Keeps a check's summary for the files it was given as `fingerprint` (taken before it read them).
 * A record that cannot be written (a read-only cache folder, a full disk) is left out: it only
 * saves the next start a check.
 */
export function recordCheck(cacheDir: string, fingerprint: string, summary: CheckSummary): void {
  const file = path.join(cacheDir, RECORD_FILE);
  // Written aside and renamed, so a dev server and a build never read half a record.
  const written = `${file}.${process.pid}`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(written, JSON.stringify({ version: RECORD_VERSION, fingerprint, summary } satisfies CheckRecord));
    renameSync(written, file);
  } catch {
    if (existsSync(written)) rmSync(written);
  }
}
