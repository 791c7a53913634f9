import type { TestProject } from 'vitest/node';
import { buildProject, copyProject, MAIN_BUILD_TIME_ZONE, unpublishedFixtureFiles } from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project copy that was built: real content plus the unpublished fixtures. */
    builtRoot: string;
  }
}

/*
 * Builds the site once for the whole test run: the real content plus unpublished fixtures, far
 * east of UTC. Every project that reads the built site (built-site, browser, server, lighthouse,
 * and the builds and CLI files that compare with it) names this set-up; vitest runs each project's
 * set-up in the same process, so the first one builds and the others reuse its promise.
 */

const shared = globalThis as typeof globalThis & { serviceStoriesBuild?: Promise<string> };

async function buildOnce(): Promise<string> {
  const root = copyProject('site-under-test', unpublishedFixtureFiles);
  console.log('site build for tests: building .tmp/site-under-test …');
  const started = performance.now();
  const result = await buildProject(root, { TZ: MAIN_BUILD_TIME_ZONE });
  if (result.code !== 0) {
    throw new Error(`The site build for the tests failed (exit ${result.code}):\n${result.output}`);
  }
  console.log(`site build for tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return root;
}

export default async function setup(project: TestProject): Promise<void> {
  shared.serviceStoriesBuild ??= buildOnce();
  project.provide('builtRoot', await shared.serviceStoriesBuild);
}
