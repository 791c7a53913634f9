import { describe, expect, it } from 'vitest';
import { summaryLine } from './build-summary.ts';

describe('summaryLine', () => {
  it('says how many pages were rendered and reused, and how many cards drawn and reused', () => {
    expect(summaryLine({ rendered: 19, total: 111 }, { drawn: 1, reused: 21 })).toBe(
      'pages: 19 rendered, 92 reused; Open Graph cards: 1 drawn, 21 reused',
    );
  });

  it('never reports a negative reuse when more was rendered than kept (a page that wrote nothing)', () => {
    expect(summaryLine({ rendered: 112, total: 111 }, { drawn: 22, reused: 0 })).toBe(
      'pages: 112 rendered, 0 reused; Open Graph cards: 22 drawn, 0 reused',
    );
  });

  it('counts a redirect page as neither rendered nor reused, so a clean build reuses nothing', () => {
    expect(summaryLine({ rendered: 118, total: 119, redirects: 1 }, { drawn: 24, reused: 0 })).toBe(
      'pages: 118 rendered, 0 reused; Open Graph cards: 24 drawn, 0 reused',
    );
    expect(summaryLine({ rendered: 118, total: 119 }, { drawn: 24, reused: 0 })).toContain('1 reused');
  });
});
