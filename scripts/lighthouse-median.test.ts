import { describe, expect, it } from 'vitest';
import { medianDecided } from './lighthouse-median.ts';

describe('the performance score kept from Lighthouse runs', () => {
  it('asks for a second run after the first, whatever it scored', () => {
    expect(medianDecided([0.99], 0.95)).toBeUndefined();
    expect(medianDecided([0.5], 0.95)).toBeUndefined();
  });

  it('stops after two runs on the same side of the minimum, keeping the one nearer it', () => {
    expect(medianDecided([0.99, 0.97], 0.95)).toBe(0.97);
    expect(medianDecided([0.95, 0.98], 0.95)).toBe(0.95);
    expect(medianDecided([0.9, 0.8], 0.95)).toBe(0.9);
  });

  it('runs a third time when the first two disagree, and keeps the median', () => {
    expect(medianDecided([0.98, 0.94], 0.95)).toBeUndefined();
    expect(medianDecided([0.98, 0.94, 0.96], 0.95)).toBe(0.96);
    expect(medianDecided([0.98, 0.94, 0.9], 0.95)).toBe(0.94);
  });

  it('decides as the median of three would, for every order of three scores', () => {
    const scores = [0.9, 0.94, 0.95, 0.97, 0.99];
    for (const a of scores)
      for (const b of scores)
        for (const c of scores) {
          const runs = [a, b, c];
          let kept: number | undefined;
          for (let count = 1; kept === undefined; count += 1) kept = medianDecided(runs.slice(0, count), 0.95);
          const median = [...runs].sort((x, y) => x - y)[1] ?? 0;
          expect(kept >= 0.95, `runs ${runs.join(', ')}`).toBe(median >= 0.95);
        }
  });
});
