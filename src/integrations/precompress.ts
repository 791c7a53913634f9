import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { eachAtMost } from './each-at-most.ts';
import { contentKey, ensureFolder, placeFromCache, pruneCache, storeInCache } from './output-cache.ts';

/*
 * After a build, writes name.gz and name.br beside every text file of 1 KB or more, so nginx
 * (gzip_static, and brotli_static where its module is installed) sends the compressed file as it
 * is instead of compressing the feeds and pages again on every request. zlib's asynchronous calls
 * run on libuv's thread pool, several files at once, off the main thread. gzip at its best level
 * costs little; brotli at quality 5, not 11: on the 172 KB rss.xml, 11 took about 25 times as
 * long (5.2 s against 0.2 s, on a loaded machine) for a file 13% smaller.
 *
 * The compressed copies are kept in <cacheDir>/precompressed/ by a hash of the file and the
 * settings, and linked into the output (output-cache.ts): a warm build compresses only the files
 * whose bytes changed, not the thousands of pages it reused.
 */

/** The file types worth compressing: text, as the recipe's gzip_types lists them. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|xml|json|txt|svg|webmanifest|opml)$/;
/** Below this, the saving is a packet or less, and nginx compresses the few smaller files itself. */
export const MIN_BYTES = 1024;

const BROTLI_QUALITY = 5;
const gzipFile = promisify(gzip);
const brotliFile = promisify(brotliCompress);

/** The files under `root` to compress, as paths relative to it (build artefacts for hosts left out). */
export function compressibleFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => COMPRESSIBLE.test(name) && !name.startsWith(`_nginx${path.sep}`))
    .sort();
}

const SETTINGS = `gzip 9, brotli ${BROTLI_QUALITY} text`;

/**
 * Files read and compressed at once: libuv's pool runs four jobs at a time, and every zlib call
 * holds its compressor's memory from the moment it is made. Started all at once, the 3,600 files of
 * a 2,000-story site held over 5 GB.
 */
const COMPRESSING_AT_ONCE = 8;

function compress(text: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    gzipFile(text, { level: constants.Z_BEST_COMPRESSION }),
    brotliFile(text, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
      },
    }),
  ]);
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  /** Files compressed in this run; the others' copies came from the cache. */
  compressed: number;
  ms: number;
  /** The cache entries this run's files use. */
  used: Set<string>;
}

export interface PrecompressOptions {
  /** Which files to compress, by their path relative to the folder: all of them unless given. */
  part?: (name: string) => boolean;
  /**
   * Whether to drop the cache entries no file uses; true unless given. A run over one part of the
   * output passes false, or passes the entries another part's run used (`keep`), so that neither
   * drops the other's.
   */
  prune?: boolean;
  keep?: ReadonlySet<string>;
}

/**
 * Writes the .gz and .br of each file of at least MIN_BYTES. With a cache folder, takes them from
 * there when the file's bytes are unchanged, stores the new ones, and drops the ones no file uses.
 */
export async function precompressFolder(
  root: string,
  cache?: string,
  { part = () => true, prune = true, keep = new Set() }: PrecompressOptions = {},
): Promise<PrecompressResult> {
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  let compressed = 0;
  const used = new Set<string>();
  if (cache) ensureFolder(cache);
  await eachAtMost(COMPRESSING_AT_ONCE, compressibleFiles(root).filter(part), async (name) => {
    const file = path.join(root, name);
    if ((await stat(file)).size < MIN_BYTES) return;
    const text = await readFile(file);
    files += 1;
    bytes += text.length;
    if (!cache) {
      const [gz, br] = await compress(text);
      compressed += 1;
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
      return;
    }
    const key = contentKey(SETTINGS, text);
    used.add(`${key}.gz`).add(`${key}.br`);
    const [gzCached, brCached] = [path.join(cache, `${key}.gz`), path.join(cache, `${key}.br`)];
    if (!existsSync(gzCached) || !existsSync(brCached)) {
      const [gz, br] = await compress(text);
      compressed += 1;
      await Promise.all([storeInCache(cache, `${key}.gz`, gz), storeInCache(cache, `${key}.br`, br)]);
    }
    await Promise.all([placeFromCache(gzCached, `${file}.gz`), placeFromCache(brCached, `${file}.br`)]);
  });
  if (cache && prune) pruneCache(cache, new Set([...used, ...keep]));
  return { files, bytes, compressed, ms: Math.round(performance.now() - started), used };
}

/**
 * Two integrations. `whileIndexing` compresses every file outside the search index's folder while
 * Pagefind builds the index in its own process (src/integrations/search-index.ts), so this thread
 * is not idle meanwhile; it goes after every other step that writes files. `afterIndexing`
 * compresses the index's files once they are written, and reports both.
 */
export function precompress(searchFolder: string): {
  whileIndexing: AstroIntegration;
  afterIndexing: AstroIntegration;
} {
  let cache = '';
  const inSearch = (name: string) => name.startsWith(`${searchFolder}${path.sep}`);
  let outside: PrecompressResult | undefined;
  return {
    whileIndexing: {
      name: 'service-stories:precompress',
      hooks: {
        'astro:config:done': ({ config }) => {
          cache = path.join(fileURLToPath(config.cacheDir), 'precompressed');
        },
        'astro:build:done': async ({ dir }) => {
          outside = await precompressFolder(fileURLToPath(dir), cache, {
            part: (name) => !inSearch(name),
            prune: false,
          });
        },
      },
    },
    afterIndexing: {
      name: 'service-stories:precompress-search-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const index = await precompressFolder(fileURLToPath(dir), cache, {
            part: inSearch,
            keep: outside?.used ?? new Set(),
          });
          const [files, bytes, compressed, ms] = [
            (outside?.files ?? 0) + index.files,
            (outside?.bytes ?? 0) + index.bytes,
            (outside?.compressed ?? 0) + index.compressed,
            (outside?.ms ?? 0) + index.ms,
          ];
          logger.info(
            `.gz and .br beside ${files} text files (${Math.round(bytes / 1024)} KB), ${compressed} of them compressed in this build, in ${ms} ms`,
          );
        },
      },
    },
  };
}
