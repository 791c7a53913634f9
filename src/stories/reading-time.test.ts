import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('reading time', () => {
  it('rounds words at 220 a minute, with a floor of one minute', () => {
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
    expect(readingMinutes('## Heading\n\n- a short list')).toBe(1);
  });
});
