import { describe, expect, it } from 'vitest';
import { feedHtml } from './feed-content.ts';

const page = 'https://example.org/articles/x/';

describe('feedHtml: absolute URLs', () => {
  it('resolves root-relative, relative and fragment links against the page', () => {
    const html =
      '<a href="/tags/careers/">t</a><a href="../y/">y</a><a href="#part-2">p</a><img src="/_astro/a.webp" alt="">';
    expect(feedHtml(html, page)).toBe(
      '<a href="https://example.org/tags/careers/">t</a><a href="https://example.org/articles/y/">y</a>' +
        '<a href="https://example.org/articles/x/#part-2">p</a><img src="https://example.org/_astro/a.webp" alt="">',
    );
  });

  it('leaves absolute links alone and resolves every srcset candidate', () => {
    const html = '<a href="https://other.org/a">o</a><img srcset="/a.webp 1x, b.webp 2x" src="/a.webp" alt="">';
    expect(feedHtml(html, page)).toBe(
      '<a href="https://other.org/a">o</a><img srcset="https://example.org/a.webp 1x, https://example.org/articles/x/b.webp 2x" src="https://example.org/a.webp" alt="">',
    );
  });
});

describe('feedHtml: what feed readers drop', () => {
  it('removes scripts, styles, inline handlers and Astro attributes', () => {
    const html =
      '<p data-astro-cid-abc123 class="lead">Hi</p><script type="module">alert(1)</script>' +
      '<style>p{color:red}</style><img src="a.png" alt="" onerror="x()" data-astro-source-file="/x.mdx"><aside data-astro-cid-k9="">n</aside>' +
      '<img src="b.webp" data-image-component="true" alt="b">';
    expect(feedHtml(html, page)).toBe(
      '<p class="lead">Hi</p><img src="https://example.org/articles/x/a.png" alt=""><aside>n</aside>' +
        '<img src="https://example.org/articles/x/b.webp" alt="b">',
    );
  });

  it('keeps ordinary markup and text that merely mentions scripts', () => {
    const html = '<h2 id="on-call">On call</h2><p>We wrote a script &amp; a data-astro note.</p>';
    expect(feedHtml(html, page)).toBe(html);
  });
});
