import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFolder } from './precompress.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
};

describe('precompressed files beside the build output', () => {
  it('writes .gz and .br of each text file of 1 KB or more, which decompress to the file', async () => {
    const page = `<!doctype html><p>${'A story about a long shift. '.repeat(80)}</p>`;
    write('articles/a/index.html', page);
    write('rss.xml', `<rss>${'<item>x</item>'.repeat(100)}</rss>`);
    write('small.json', '{"a":1}');
    write('og/a.png', 'x'.repeat(4000));
    write('_nginx/security-headers.conf', 'add_header X "y";'.repeat(100));
    const { files } = await precompressFolder(root);
    expect(files).toBe(2);
    const html = path.join(root, 'articles/a/index.html');
    expect(gunzipSync(readFileSync(`${html}.gz`)).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString()).toBe(page);
    expect(existsSync(path.join(root, 'rss.xml.br'))).toBe(true);
    for (const name of ['small.json.gz', 'og/a.png.gz', '_nginx/security-headers.conf.gz'])
      expect(existsSync(path.join(root, name)), name).toBe(false);
  });

  it('compresses again only the files whose bytes changed, when given a cache folder', async () => {
    const site = path.join(root, 'cached-site');
    const cache = path.join(root, 'cache');
    const page = (words: string) => `<!doctype html><p>${words.repeat(100)}</p>`;
    const put = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    };
    put('a/index.html', page('First page. '));
    put('b/index.html', page('Second page. '));
    expect((await precompressFolder(site, cache)).compressed).toBe(2);

    // The next build writes a fresh output folder, with one page changed.
    rmSync(site, { recursive: true });
    put('a/index.html', page('First page. '));
    put('b/index.html', page('Second page, edited. '));
    const again = await precompressFolder(site, cache);
    expect(again).toMatchObject({ files: 2, compressed: 1 });
    for (const name of ['a/index.html', 'b/index.html']) {
      const file = path.join(site, name);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString(), name).toBe(readFileSync(file, 'utf8'));
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString(), name).toBe(readFileSync(file, 'utf8'));
    }
    // The output holds links to the cached copies, and the copies of the old page left the cache.
    expect(statSync(path.join(site, 'a/index.html.gz')).nlink).toBe(2);
    expect(readdirSync(cache)).toHaveLength(4);
  });

  it('compresses the output in two parts, neither dropping the cached copies of the other', async () => {
    const site = path.join(root, 'two-parts');
    const cache = path.join(root, 'two-parts-cache');
    const put = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    };
    put('a/index.html', `<p>${'A page. '.repeat(200)}</p>`);
    put('pagefind/pagefind.js', `export const x = "${'index '.repeat(200)}";`);
    const inIndex = (name: string) => name.startsWith(`pagefind${path.sep}`);
    const build = async () => {
      const outside = await precompressFolder(site, cache, { part: (name) => !inIndex(name), prune: false });
      const index = await precompressFolder(site, cache, { part: inIndex, keep: outside.used });
      return outside.compressed + index.compressed;
    };
    expect(await build()).toBe(2);
    expect(readdirSync(cache)).toHaveLength(4);
    expect(await build()).toBe(0);
    expect(existsSync(path.join(site, 'pagefind/pagefind.js.br'))).toBe(true);
  });
});
