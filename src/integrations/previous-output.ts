import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { keepRecordedPages, type KeptPages } from './kept-pages.ts';

/*
 * Astro empties the output folder as a build starts, one file at a time on the main thread: for a
 * site of several thousand files (pages, cards, the search index) that is seconds of every
 * rebuild. So this empties it instead, and Astro is told not to (vite.build.emptyOutDir: false).
 * It moves the previous output aside in one rename, into Astro's cacheDir, takes back the pages
 * Astro may reuse (kept-pages.ts), and deletes the rest in a process of the lowest priority while
 * the build goes on: seconds of system time for ten thousand files, which would otherwise take a
 * core from the bundler, which uses both, to give it back in the page stage, which uses one.
 * Where the rename cannot be done (another file system, or an output folder that is a git
 * checkout), it empties the folder in place as Astro would, keeping .git.
 *
 * Two integrations: `movedAside` goes first; `deleted` goes last and waits for the deletion, so
 * that no other step waits for it.
 */
export function previousOutput(): { movedAside: AstroIntegration; deleted: AstroIntegration } {
  let outDir = '';
  let cacheDir = '';
  let trash = '';
  let kept: KeptPages | undefined;
  let removing: Promise<void> = Promise.resolve();
  const movedAside: AstroIntegration = {
    name: 'service-stories:previous-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        trash = path.join(cacheDir, 'previous-output');
      },
      'astro:build:start': ({ logger }) => {
        if (!existsSync(outDir)) return;
        const previous = path.join(trash, `${Date.now()}-${process.pid}`);
        try {
          if (existsSync(path.join(outDir, '.git'))) throw new Error('the output folder is a git checkout');
          mkdirSync(trash, { recursive: true });
          renameSync(outDir, previous);
        } catch (error) {
          logger.debug(`previous output emptied in place: ${String(error)}`);
          for (const name of readdirSync(outDir)) {
            if (name !== '.git') rmSync(path.join(outDir, name), { recursive: true, force: true });
          }
          return;
        }
        kept = keepRecordedPages(cacheDir, previous, outDir);
        removing = removeAtLowPriority(trash, logger);
      },
      'astro:build:generated': ({ logger }) => {
        const dropped = kept?.dropUnkept() ?? 0;
        if (dropped > 0) logger.debug(`${dropped} pages of the last build that this one does not reuse removed`);
      },
    },
  };
  const deleted: AstroIntegration = {
    name: 'service-stories:previous-output-deleted',
    hooks: {
      'astro:build:done': async () => {
        await removing;
      },
    },
  };
  return { movedAside, deleted };
}

/** Deletes `folder` in a child process at the lowest CPU priority; resolves when it is gone. */
function removeAtLowPriority(folder: string, logger: AstroIntegrationLogger): Promise<void> {
  const child = spawn(
    process.execPath,
    ['-e', "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder],
    { stdio: 'ignore' },
  );
  try {
    if (child.pid !== undefined) setPriority(child.pid, 19);
  } catch (error) {
    logger.debug(`the previous output is deleted at normal priority: ${String(error)}`);
  }
  return new Promise((resolve) => child.once('close', () => resolve()));
}
