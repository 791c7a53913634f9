import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepRecordedPages, recordedPages } from './kept-pages.ts';

let root = '';
const at = (...parts: string[]) => path.join(root, ...parts);
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
/** Astro's record of keyed pages, in the shape of its incremental-build.json. */
const record = (...files: string[]) =>
  write(
    at('cache', 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/articles/[slug].astro': {
          paths: Object.fromEntries(files.map((f) => [`/${f}`, { outputFile: f }])),
        },
      },
    }),
  );

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kept-pages-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('recordedPages', () => {
  it("lists the output files of Astro's record, and nothing without one", () => {
    expect(recordedPages(at('cache'))).toEqual([]);
    record('articles/a/index.html', 'articles/b/index.html');
    expect(recordedPages(at('cache'))).toEqual(['articles/a/index.html', 'articles/b/index.html']);
  });

  it('leaves out a path that would lead outside the output folder', () => {
    record('articles/a/index.html', '../../elsewhere.html', '/etc/passwd');
    expect(recordedPages(at('cache'))).toEqual(['articles/a/index.html']);
  });
});

describe('keepRecordedPages', () => {
  beforeEach(() => {
    for (const name of ['a', 'b', 'c']) write(at('previous', 'articles', name, 'index.html'), `page ${name}`);
    write(at('previous', 'pagefind', 'index.js'), 'index');
    record('articles/a/index.html', 'articles/b/index.html', 'articles/c/index.html');
  });

  it('moves back only the recorded pages', () => {
    keepRecordedPages(at('cache'), at('previous'), at('dist'));
    expect(readFileSync(at('dist', 'articles', 'a', 'index.html'), 'utf8')).toBe('page a');
    expect(existsSync(at('dist', 'pagefind', 'index.js'))).toBe(false);
    expect(existsSync(at('previous', 'articles', 'a', 'index.html'))).toBe(false);
  });

  it('removes a page the new record does not hold, unless this build wrote it again', () => {
    const kept = keepRecordedPages(at('cache'), at('previous'), at('dist'));
    // The build: b is no longer built, c is gone from the record but another route wrote its path.
    record('articles/a/index.html');
    write(at('dist', 'articles', 'c', 'index.html'), 'written again');
    expect(kept.dropUnkept()).toBe(1);
    expect(existsSync(at('dist', 'articles', 'a', 'index.html'))).toBe(true);
    expect(existsSync(at('dist', 'articles', 'b'))).toBe(false);
    expect(readFileSync(at('dist', 'articles', 'c', 'index.html'), 'utf8')).toBe('written again');
  });
});
