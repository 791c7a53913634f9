import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/*
 * Astro's incremental build copies every page it reuses from its cache (<cacheDir>/dist/) into the
 * fresh output folder, one file at a time on the build's only rendering thread: about 1,800 copies
 * at N = 1000, most of the page stage's time once nothing renders. It copies a page only when the
 * output does not have it yet. So before the build, the previous output's keyed pages are moved
 * back into the empty output folder (a rename each, on one file system), and after the pages are
 * written, those Astro did not keep are removed.
 *
 * A page moved back is the one Astro wrote or restored in the last build, the same bytes as its
 * cached copy. Astro writes a page it renders again over it; one it no longer builds (a deleted
 * story, a path whose key it dropped) is missing from its new record and is removed here, unless
 * something else wrote that path in this build. Astro's record (incremental-build.json) is its own
 * format: when it is missing or unreadable, no page is moved back and Astro copies as before.
 */

const RECORD = 'incremental-build.json';

interface Record {
  routes?: { [route: string]: { paths?: { [pathname: string]: { outputFile?: unknown } } } };
}

/** The output files of the keyed pages in Astro's record, relative to the output folder. */
export function recordedPages(cacheDir: string): string[] {
  let record: Record;
  try {
    record = JSON.parse(readFileSync(path.join(cacheDir, RECORD), 'utf8')) as Record;
  } catch {
    return [];
  }
  return Object.values(record.routes ?? {}).flatMap((route) =>
    Object.values(route.paths ?? {})
      .map((entry) => entry.outputFile)
      .filter((file): file is string => typeof file === 'string' && isInside(file)),
  );
}

/** Only plain relative paths that stay inside the output folder. */
const isInside = (file: string) => !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..');

/** What identifies a file as untouched since: written again or moved, its change time moves on. */
export const identity = (file: string) => {
  const stats = statSync(file, { bigint: true });
  return `${stats.ino}:${stats.ctimeNs}:${stats.size}`;
};

export interface KeptPages {
  /** Removes the pages moved back that Astro's new record does not hold; returns how many. */
  dropUnkept(): number;
}

/**
 * Moves the recorded pages from `previous` (the last build's output, moved aside) into `outDir`,
 * which must be empty.
 */
export function keepRecordedPages(cacheDir: string, previous: string, outDir: string): KeptPages {
  const moved = new Map<string, string>();
  for (const file of recordedPages(cacheDir)) {
    const from = path.join(previous, file);
    const to = path.join(outDir, file);
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
    moved.set(file, identity(to));
  }
  return {
    dropUnkept() {
      const kept = new Set(recordedPages(cacheDir));
      let dropped = 0;
      for (const [file, before] of moved) {
        const at = path.join(outDir, file);
        if (kept.has(file) || !existsSync(at) || identity(at) !== before) continue;
        unlinkSync(at);
        dropped += 1;
        removeEmptyFolders(path.dirname(at), outDir);
      }
      return dropped;
    },
  };
}

function removeEmptyFolders(folder: string, stop: string): void {
  for (let at = folder; at.startsWith(`${stop}${path.sep}`); at = path.dirname(at)) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
  }
}
