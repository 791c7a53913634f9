import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { childEnv, projectRoot } from './project-copy.ts';

/**
 * Runs `npm run lighthouse` (scripts/lighthouse.ts) on a built site for one part of its checks,
 * as a developer runs it, and gives the scores it wrote: page → category → score.
 */
export async function runLighthouse(
  dist: string,
  only: 'performance' | 'audits',
): Promise<Record<string, Record<string, number>>> {
  const script = path.join(projectRoot, 'scripts', 'lighthouse.ts');
  const output = path.join(projectRoot, '.tmp', `lighthouse-${only}.json`);
  await promisify(execFile)(process.execPath, [script, dist, '--only', only, '--output', output], {
    env: childEnv(),
  }).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    throw new Error(
      `npm run lighthouse -- --only ${only} failed (exit ${error.code}):\n${error.stdout}\n${error.stderr}`,
    );
  });
  return JSON.parse(readFileSync(output, 'utf8')) as Record<string, Record<string, number>>;
}
