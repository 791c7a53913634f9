import { afterEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterContentCheck, loadAfterContentCheck } from './after-content-check.ts';

/** A loader that records when it loads. */
function recordingLoader(events: string[]): Loader {
  return {
    name: 'recording',
    load: async () => {
      events.push('loaded');
    },
  };
}

const context = {} as LoaderContext;
const CHECK = Symbol.for('service-stories:content-check');

afterEach(() => {
  delete (globalThis as { [CHECK]?: unknown })[CHECK];
});

describe('a collection loader after the content check', () => {
  it('keeps the name of the loader it wraps', () => {
    expect(afterContentCheck(recordingLoader([])).name).toBe('recording');
  });

  it('loads only once the build has finished its check', async () => {
    const events: string[] = [];
    let finishCheck = () => undefined as void;
    loadAfterContentCheck(
      new Promise<void>((resolve) => {
        finishCheck = () => {
          events.push('checked');
          resolve();
        };
      }),
    );
    const loading = afterContentCheck(recordingLoader(events)).load(context);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);
    finishCheck();
    await loading;
    expect(events).toEqual(['checked', 'loaded']);
  });

  it('never loads when the check fails', async () => {
    const events: string[] = [];
    loadAfterContentCheck(Promise.reject(new Error('content/articles/x.mdx: title: is required')));
    await expect(afterContentCheck(recordingLoader(events)).load(context)).rejects.toThrow('title: is required');
    expect(events).toEqual([]);
  });

  it('loads at once where no build started a check (astro dev, astro sync)', async () => {
    const events: string[] = [];
    await afterContentCheck(recordingLoader(events)).load(context);
    expect(events).toEqual(['loaded']);
  });
});
