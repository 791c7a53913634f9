import { describe, expect, it } from 'vitest';
import { eachAtMost } from './each-at-most.ts';

/** Runs eight tasks that each wait a moment; returns the order they ended in and the most at once. */
async function run(limit: number) {
  let running = 0;
  let most = 0;
  const ended: number[] = [];
  await eachAtMost(limit, [1, 2, 3, 4, 5, 6, 7, 8], async (item) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    ended.push(item);
  });
  return { ended, most };
}

describe('running tasks at most so many at a time', () => {
  it('runs every item once, and never more at once than the limit', async () => {
    const { ended, most } = await run(3);
    expect([...ended].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(most).toBe(3);
  });

  it('runs them one after another with a limit of one, and does nothing with no items', async () => {
    expect(await run(1)).toEqual({ ended: [1, 2, 3, 4, 5, 6, 7, 8], most: 1 });
    let calls = 0;
    await eachAtMost(4, [], () => Promise.resolve(void (calls += 1)));
    expect(calls).toBe(0);
  });
});
