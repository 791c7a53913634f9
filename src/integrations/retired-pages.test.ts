import { describe, expect, it } from 'vitest';
import { retiredPageHtml } from './retired-pages.ts';

describe('the page at a retired address', () => {
  const html = retiredPageHtml('/articles/new-home/', 'https://example.org/articles/new-home/');

  it('is an English page whose refresh the HTML standard accepts', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/new-home/">');
    expect(html).not.toContain('0;url=');
  });

  it('links readers to the new address and keeps search engines on it', () => {
    expect(html).toContain('<a href="/articles/new-home/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/articles/new-home/">');
    expect(html).not.toMatch(/<script|style=/);
  });

  it('escapes an address that carries markup', () => {
    expect(retiredPageHtml('/a/"><b>/', 'https://example.org/a/')).toContain('href="/a/&quot;&gt;&lt;b&gt;/"');
  });
});
