import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unlistedScriptsInPages } from './security-headers.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'built-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(name: string, html: string) {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), html);
}

describe('the built pages, read after every build', () => {
  it('pass when the only inline script is one the code lists', () => {
    page('index.html', '<head><script>theme()</script></head><body><a href="/about/">About</a></body>');
    page('_astro/search.js', 'alert(1)');
    expect(unlistedScriptsInPages(root, ['theme()'])).toEqual([]);
  });

  it('name every page with another script, and what it carries', () => {
    page('articles/pasted/index.html', '<script>theme()</script><p>Hi</p><script>alert(1)</script>');
    page('share/index.html', '<button onclick="send()">Send</button>');
    expect(unlistedScriptsInPages(root, ['theme()'])).toEqual([
      'articles/pasted/index.html: an inline script "alert(1)"',
      'share/index.html: an inline event handler onclick="send()" on <button>',
    ]);
  });

  it('read a page again when its bytes or the list of allowed scripts changed since the last build', () => {
    const site = path.join(root, 'cached');
    const cache = path.join(root, 'cache', 'script-scan.json');
    const put = (html: string) => {
      mkdirSync(site, { recursive: true });
      writeFileSync(path.join(site, 'index.html'), html);
    };
    put('<script>theme()</script><p>Hello</p>');
    expect(unlistedScriptsInPages(site, ['theme()'], cache)).toEqual([]);
    expect(unlistedScriptsInPages(site, ['theme()'], cache), 'same page, same list').toEqual([]);
    expect(unlistedScriptsInPages(site, ['theme(1)'], cache), 'the list changed').toEqual([
      'index.html: an inline script "theme()"',
    ]);
    put('<script>theme()</script><p onmouseover="steal()">Hello</p>');
    expect(unlistedScriptsInPages(site, ['theme()'], cache), 'the page changed').toEqual([
      'index.html: an inline event handler onmouseover="steal()" on <p>',
    ]);
  });
});
