import { describe, expect, it } from 'vitest';
import { redirectPageProblems, refreshTarget } from './redirect-page.ts';

const good =
  '<!doctype html><title>Redirecting to: /new/</title><meta http-equiv="refresh" content="0;url=/new/">' +
  '<meta name="robots" content="noindex"><body><a href="/new/">Redirecting from /old/ to /new/</a></body>';

describe('redirect pages', () => {
  it('finds the refresh target, and none on an ordinary page', () => {
    expect(refreshTarget(good)).toBe('/new/');
    expect(refreshTarget('<!doctype html><title>A story</title><p>Text</p>')).toBeUndefined();
  });

  it('accepts a page that refreshes to the target, links to it and has no inline code', () => {
    expect(redirectPageProblems(good, '/new/')).toEqual([]);
  });

  it('names every problem of a page that would fail a reader', () => {
    const bad =
      '<!doctype html><title>Moved</title><meta http-equiv="refresh" content="0;url=/elsewhere/">' +
      '<script>location.href="/new/"</script><body style="color:red"><p>Moved.</p></body>';
    expect(redirectPageProblems(bad, '/new/')).toEqual([
      'expected a refresh to /new/, got /elsewhere/',
      'expected a link to /new/ for readers to follow',
      'has a <script>, which the CSP would refuse',
      'has inline style, which the CSP would refuse',
      'expected <meta name="robots" content="noindex">, so search engines index the new page instead',
    ]);
  });
});
