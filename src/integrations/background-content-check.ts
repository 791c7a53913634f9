import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../content-check/validate-files.ts';
import type { CheckSummary } from './check-summary.ts';

/*
 * The content check on a worker thread (content-check-worker.ts), which loads the checks and their
 * parsers itself. astro.config.ts is loaded by `astro dev` as well as by a build, so nothing it
 * imports loads them: in `astro dev` the check then runs on the other core while Astro loads the
 * content layer and starts Vite, instead of holding the server's start by seconds (every MDX body
 * parsed and compiled, every frontmatter read). Whoever needs the result awaits it: the dev
 * server's page requests wait for the check of the files as they are now, so no page is shown over
 * a content error; a build waits for it before anything else. Checks run one at a time, in order.
 */

export interface CheckRequest {
  root: string;
  withFiles: boolean;
  /** Astro's cache folder, where the worker leaves each check's record (check-record.ts); none in tests. */
  cacheDir?: string | undefined;
}

export interface CheckAnswer {
  summary: CheckSummary;
  /** The valid files the check read, when asked for. */
  files?: ContentFile[] | undefined;
}

export interface BackgroundContentCheck {
  /** Checks content/ as it is now; resolves once that check (and any asked for before it) is done. */
  check(): Promise<CheckSummary>;
  /** The same, with the valid files it read (what a build's later steps use). */
  read(): Promise<{ summary: CheckSummary; files: ContentFile[] }>;
  /** Ends the worker thread; a check still running is rejected. */
  close(): Promise<void>;
}

export function backgroundContentCheck(root: string, cacheDir?: string): BackgroundContentCheck {
  let worker: Worker | undefined;
  // The callers of the checks sent and not yet answered, oldest first: the worker answers in order.
  const waiting: { resolve: (answer: CheckAnswer) => void; reject: (error: Error) => void }[] = [];

  const fail = (error: Error) => {
    worker = undefined;
    for (const caller of waiting.splice(0)) caller.reject(error);
  };

  const start = () => {
    const thread = new Worker(new URL('./content-check-worker.ts', import.meta.url));
    thread.on('message', (answer: CheckAnswer) => {
      waiting.shift()?.resolve(answer);
      if (waiting.length === 0) thread.unref();
    });
    thread.on('error', (error) => fail(error));
    thread.on('exit', (code) => {
      if (thread === worker) fail(new Error(`the content check's worker stopped (exit code ${code})`));
    });
    return thread;
  };

  const ask = (withFiles: boolean) => {
    worker ??= start();
    const thread = worker;
    // A check asked for keeps the process alive until it is answered; a worker waiting for the
    // next save does not (the dev server keeps the process alive, and a test's process may end).
    thread.ref();
    return new Promise<CheckAnswer>((resolve, reject) => {
      waiting.push({ resolve, reject });
      thread.postMessage({ root, withFiles, cacheDir } satisfies CheckRequest);
    });
  };

  return {
    check: async () => (await ask(false)).summary,
    async read() {
      const { summary, files = [] } = await ask(true);
      return { summary, files };
    },
    async close() {
      const thread = worker;
      worker = undefined;
      fail(new Error('the content check was stopped'));
      await thread?.terminate();
    },
  };
}
