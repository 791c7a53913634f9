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
});
