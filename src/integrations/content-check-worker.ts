import { parentPort } from 'node:worker_threads';
import { runContentCheck } from './check-summary.ts';
import type { CheckAnswer, CheckRequest } from './background-content-check.ts';

/*
 * The worker thread behind background-content-check.ts: it checks the project it is sent and
 * answers with the summary, and with the valid files it read when asked for them. It stays alive
 * between checks, so the checks' modules are loaded once per `astro dev`, not once per save.
 */

parentPort?.on('message', ({ root, withFiles }: CheckRequest) => {
  const { result, summary } = runContentCheck(root);
  parentPort?.postMessage({ summary, files: withFiles ? result.files : undefined } satisfies CheckAnswer);
});
