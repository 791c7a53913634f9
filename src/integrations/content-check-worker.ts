import { parentPort } from 'node:worker_threads';
import { contentFingerprint, recordCheck } from './check-record.ts';
import { runContentCheck } from './check-summary.ts';
import type { CheckAnswer, CheckRequest } from './background-content-check.ts';

/*
 * The worker thread behind background-content-check.ts: it checks the project it is sent and
 * answers with the summary, and with the valid files it read when asked for them. Given Astro's
 * cache folder, it leaves the summary there for the files as they were before it read them
 * (check-record.ts). It stays alive between checks, so the checks' modules are loaded once per
 * `astro dev`, not once per save.
 */

parentPort?.on('message', ({ root, withFiles, cacheDir }: CheckRequest) => {
  const fingerprint = cacheDir === undefined ? undefined : contentFingerprint(root);
  const { result, summary } = runContentCheck(root);
  if (cacheDir !== undefined && fingerprint !== undefined) recordCheck(cacheDir, fingerprint, summary);
  parentPort?.postMessage({ summary, files: withFiles ? result.files : undefined } satisfies CheckAnswer);
});
