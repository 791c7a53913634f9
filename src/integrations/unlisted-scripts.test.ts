import { describe, expect, it } from 'vitest';
import { unlistedScripts } from './unlisted-scripts.ts';

const allowed = new Set(['theme()']);

describe('script in a built page that the code did not write', () => {
  it('passes the listed inline script, external scripts and data blocks', () => {
    const html =
      '<head><script>theme()</script><script type="module" src="/_astro/search.js"></script>' +
      '<script type="application/ld+json">{"a":1}</script></head><body><a href="/x/">x</a></body>';
    expect(unlistedScripts(html, allowed)).toEqual([]);
  });

  it('names an unlisted inline script, an event handler and a javascript: address', () => {
    const html =
      '<script>alert(1)</script><img src="a.png" onerror="x()"><a href="JavaScript:y()">y</a>' +
      '<script type="module">theme()\n</script>';
    expect(unlistedScripts(html, allowed)).toEqual([
      'an inline script "alert(1)"',
      'an inline event handler onerror="x()" on <img>',
      'a script address href="JavaScript:y()" on <a>',
      'an inline script "theme()"',
    ]);
  });
});
