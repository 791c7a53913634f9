import { readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/*
 * After a build, writes name.gz and name.br beside every text file of 1 KB or more, so nginx
 * (gzip_static, and brotli_static where its module is installed) sends the compressed file as it
 * is instead of compressing the feeds and pages again on every request. zlib's asynchronous calls
 * run on libuv's thread pool, several files at once, off the main thread. gzip at its best level
 * costs little; brotli at quality 5, not 11: on the 172 KB rss.xml, 11 took about 25 times as
 * long (5.2 s against 0.2 s, on a loaded machine) for a file 13% smaller.
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

/** Writes the .gz and .br of each file of at least MIN_BYTES; gives how many files and the time taken. */
export async function precompressFolder(root: string): Promise<{ files: number; bytes: number; ms: number }> {
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  await Promise.all(
    compressibleFiles(root).map(async (name) => {
      const file = path.join(root, name);
      if ((await stat(file)).size < MIN_BYTES) return;
      const text = await readFile(file);
      const [gz, br] = await Promise.all([
        gzipFile(text, { level: constants.Z_BEST_COMPRESSION }),
        brotliFile(text, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
          },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
      files += 1;
      bytes += text.length;
    }),
  );
  return { files, bytes, ms: Math.round(performance.now() - started) };
}

export function precompress(): AstroIntegration {
  return {
    name: 'service-stories:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, ms } = await precompressFolder(fileURLToPath(dir));
        logger.info(`wrote .gz and .br beside ${files} text files (${Math.round(bytes / 1024)} KB) in ${ms} ms`);
      },
    },
  };
}
