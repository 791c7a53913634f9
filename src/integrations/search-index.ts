import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { identity, recordedPages } from './kept-pages.ts';
import { contentKey } from './output-cache.ts';

/*
 * Pagefind indexes the story pages (the elements marked data-pagefind-body) and writes its index
 * and client to dist/pagefind/. It reads them from the output once Astro has written every page,
 * whether Astro rendered the page in this build or reused it from the last one
 * (experimental.incrementalBuild), and adds them in the order of their paths: Pagefind's files
 * depend on the order pages are added, so a warm build's index is byte for byte a clean build's.
 * Drafts and scheduled entries have no page in the build, so they are never in the index.
 *
 * A warm build does not wait for all of that at the end. When Astro's bundles are built and before
 * it writes a page, the last build's story pages are in the output (moved back by
 * previous-output.ts) or, on a deploy that keeps only the cache folder, in Astro's copy of them, so
 * Pagefind indexes them then, in its own process, while Astro writes the pages. Once they are
 * written, a page written since it was read (another inode, change time or size: kept-pages.ts's
 * identity) is read again, and added again if its bytes changed: Pagefind puts a page added again
 * under the same path in the place of the first, so the index is the one a clean build writes, as
 * long as the indexed story pages are the same paths as before. A story added or removed changes the
 * order, so then the index is built afresh. Measured in docs/performance.md;
 * tests/builds/incremental-equals-clean.test.ts holds the index to a clean build's.
 */

const STORY_FOLDERS = ['articles', 'testimonials'];
/** Where in the output the index and its client go. */
export const SEARCH_FOLDER = 'pagefind';
/** What marks a page Pagefind indexes. */
const BODY_MARKER = 'data-pagefind-body';

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

interface IndexablePage {
  file: string;
  content: string;
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** What the early index read of one of the last build's story pages. */
interface ReadBefore {
  digest: string;
  /** Its identity before it was read, when it was read from the output folder. */
  identity?: string;
  /** Whether it has an element marked for the index, and so was added. */
  indexed: boolean;
}

/** An index of the last build's story pages, started before this build wrote any. */
interface StartedIndex {
  index: Index;
  /** The pages added, in path order. */
  added: string[];
  /** Every story page read, added or not. */
  read: Map<string, ReadBefore>;
}

async function createIndex(): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Adds pages in the order given, without waiting for each answer: Pagefind takes them in the order sent. */
async function addPages(index: Index, pages: readonly IndexablePage[]): Promise<string[]> {
  const added = await Promise.all(pages.map(({ file, content }) => index.addHTMLFile({ sourcePath: file, content })));
  return added.flatMap((result) => result.errors);
}

const STORY_PAGE = new RegExp(`^(?:${STORY_FOLDERS.join('|')})/[^/]+/index\\.html$`);

/**
 * Indexes the last build's story pages, the keyed pages of Astro's record (kept-pages.ts), before
 * this build writes any. Each is read from the output folder, where previous-output.ts moved it
 * back, or else from Astro's own copy, which Astro restores it from (a deploy keeps only the cache
 * folder). A page's identity is taken before it is read, so a page written after that has another.
 */
async function indexPreviousPages(outDir: string, cacheDir: string): Promise<StartedIndex | undefined> {
  const files = recordedPages(cacheDir)
    .filter((file) => STORY_PAGE.test(file))
    .sort();
  const read = await Promise.all(
    files.map(async (file) => {
      const inOutput = path.join(outDir, file);
      const before = existsSync(inOutput) ? identity(inOutput) : undefined;
      const content = await readFile(before ? inOutput : path.join(cacheDir, 'dist', file), 'utf8');
      return { file, content, identity: before, indexed: content.includes(BODY_MARKER) };
    }),
  );
  const pages = read.filter(({ indexed }) => indexed);
  if (pages.length === 0) return undefined;
  const index = await createIndex();
  const problems = await addPages(index, pages);
  if (problems.length > 0) {
    await index.deleteIndex();
    return undefined;
  }
  return {
    index,
    added: pages.map(({ file }) => file),
    read: new Map(
      read.map(({ file, content, identity: before, indexed }) => [
        file,
        { digest: contentKey(content), indexed, ...(before ? { identity: before } : {}) },
      ]),
    ),
  };
}

/**
 * The story pages to index now, in path order, and the text of each whose bytes are not those the
 * early index read (all of them without one). A page with the identity it had when it was read is
 * not read again.
 */
async function pagesToIndex(
  outDir: string,
  started: StartedIndex | undefined,
): Promise<{ files: string[]; changed: IndexablePage[] }> {
  const seen = await Promise.all(
    storyPages(outDir).map(async (file) => {
      const at = path.join(outDir, file);
      const before = started?.read.get(file);
      if (before?.identity !== undefined && before.identity === identity(at)) return { file, indexed: before.indexed };
      const content = await readFile(at, 'utf8');
      const indexed = content.includes(BODY_MARKER);
      return before?.digest === contentKey(content) ? { file, indexed } : { file, indexed, content };
    }),
  );
  const indexed = seen.filter((page) => page.indexed);
  return {
    files: indexed.map(({ file }) => file),
    changed: indexed.flatMap(({ file, content }) => (content === undefined ? [] : [{ file, content }])),
  };
}

/** What indexing the finished output did: pages indexed, and those taken from the early index, if it was used. */
export interface IndexedPages {
  pages: number;
  unchanged: number | undefined;
}

async function indexStoryPages(outDir: string, early: Promise<StartedIndex | undefined>): Promise<IndexedPages> {
  try {
    const started = await early.catch(() => undefined);
    const { files, changed } = await pagesToIndex(outDir, started);
    let index: Index;
    let toAdd: IndexablePage[];
    if (started && samePaths(started.added, files)) {
      // Each changed page is added again under its path, which Pagefind replaces in its place.
      index = started.index;
      toAdd = changed;
    } else {
      await started?.index.deleteIndex();
      index = await createIndex();
      const fresh = new Map(changed.map((page) => [page.file, page.content]));
      toAdd = await Promise.all(
        files.map(async (file) => ({
          file,
          content: fresh.get(file) ?? (await readFile(path.join(outDir, file), 'utf8')),
        })),
      );
    }
    const problems = await addPages(index, toAdd);
    const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_FOLDER) });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`Pagefind could not index the site: ${problems.join('; ')}`);
    return { pages: files.length, unchanged: index === started?.index ? files.length - toAdd.length : undefined };
  } finally {
    await pagefind.close();
  }
}

/** Whether the pages are exactly those added, in the same order. */
function samePaths(added: readonly string[], files: readonly string[]): boolean {
  return added.length === files.length && files.every((file, at) => added[at] === file);
}

/**
 * Two integrations: `start` begins indexing the last build's pages after the bundles, and the
 * finished output once the pages are written, in Pagefind's own process, so that the other steps
 * (the cards, the sitemap, the script check, precompression) run meanwhile on this one; `written`
 * waits for the index, and goes before any step that reads dist/pagefind/ (the precompression of
 * the index). `start` goes after previous-output.ts, which puts the last build's pages back.
 */
export function searchIndex(): { start: AstroIntegration; written: AstroIntegration } {
  let early: Promise<StartedIndex | undefined> = Promise.resolve(undefined);
  let indexing: Promise<IndexedPages> | undefined;
  let started = 0;
  let outDir = '';
  let cacheDir = '';
  let startedEarly = false;
  return {
    start: {
      name: 'service-stories:search-index',
      hooks: {
        'astro:config:setup': ({ command, updateConfig }) => {
          if (command !== 'build') return;
          // Once Astro's bundles are built and before it writes a page (a Vite `buildApp` hook of
          // order "post" runs after the bundles, and this one is ordered before Astro's page
          // generation), so that Pagefind's process takes the core the page stage leaves free,
          // not one of the two the bundler uses. Were the order ever different, the pages would
          // only be compared and added again at the end.
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'service-stories:search-index-early',
                  buildApp: {
                    order: 'post',
                    handler: async () => {
                      if (!outDir || startedEarly) return;
                      startedEarly = true;
                      early = indexPreviousPages(outDir, cacheDir);
                      // A failure here only means the index is built afresh at the end.
                      early.catch(() => undefined);
                    },
                  },
                },
              ],
            },
          });
        },
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          cacheDir = fileURLToPath(config.cacheDir);
        },
        // As soon as every page is written (the first hook after the pages), not after the other
        // steps' astro:build:done: none of them changes a story page.
        'astro:build:generated': ({ dir }) => {
          started = performance.now();
          indexing = indexStoryPages(fileURLToPath(dir), early);
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
          const { pages, unchanged } = await indexing;
          logger.info(
            `indexed ${pages} story pages in ${Math.round(performance.now() - started)} ms` +
              (unchanged === undefined
                ? ''
                : `; ${unchanged} of them unchanged since the last build's output, indexed while Astro wrote the pages`),
          );
        },
      },
    },
  };
}
