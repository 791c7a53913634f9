import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/*
 * Pagefind indexes the story pages (the elements marked data-pagefind-body) and writes its index
 * and client to dist/pagefind/. It reads them from the output once Astro has written every page,
 * whether Astro rendered the page in this build or reused it from the last one
 * (experimental.incrementalBuild), and adds them in the order of their paths: Pagefind's files
 * depend on the order pages are added, so a warm build's index is byte for byte a clean build's.
 * Drafts and scheduled entries have no page in the build, so they are never in the index.
 */

const STORY_FOLDERS = ['articles', 'testimonials'];
/** Where in the output the index and its client go. */
export const SEARCH_FOLDER = 'pagefind';

/** The story pages in the output, as sorted paths relative to it, such as articles/why-i-chose/index.html. */
export function storyPages(outDir: string): string[] {
  return STORY_FOLDERS.flatMap((folder) => {
    const dir = path.join(outDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .map((name) => `${folder}/${name}/index.html`)
      .filter((file) => existsSync(path.join(outDir, file)));
  }).sort();
}

async function indexStoryPages(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = storyPages(outDir);
    const contents = await Promise.all(pages.map((file) => readFile(path.join(outDir, file), 'utf8')));
    // Sent in path order, without waiting for each answer: Pagefind takes them in the order sent.
    const added = await Promise.all(
      pages.flatMap((sourcePath, at) =>
        contents[at]?.includes('data-pagefind-body') ? [index.addHTMLFile({ sourcePath, content: contents[at] })] : [],
      ),
    );
    const problems = added.flatMap((result) => result.errors);
    const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_FOLDER) });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`Pagefind could not index the site: ${problems.join('; ')}`);
    return added.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * Two integrations: `start` begins indexing once the pages are written, in Pagefind's own process,
 * so that the other steps (the cards, the sitemap, the script check, precompression) run meanwhile
 * on this one; `written` waits for the index, and goes before any step that reads dist/pagefind/
 * (the precompression of the index).
 */
export function searchIndex(): { start: AstroIntegration; written: AstroIntegration } {
  let indexing: Promise<number> | undefined;
  let started = 0;
  return {
    start: {
      name: 'service-stories:search-index',
      hooks: {
        // As soon as every page is written (the first hook after the pages), not after the other
        // steps' astro:build:done: none of them changes a story page.
        'astro:build:generated': ({ dir }) => {
          started = performance.now();
          indexing = indexStoryPages(fileURLToPath(dir));
          // Reported when `written` awaits it, not as an unhandled rejection before then.
          indexing.catch(() => undefined);
        },
      },
    },
    written: {
      name: 'service-stories:search-index-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!indexing) return;
          const pages = await indexing;
          logger.info(`indexed ${pages} story pages in ${Math.round(performance.now() - started)} ms`);
        },
      },
    },
  };
}
