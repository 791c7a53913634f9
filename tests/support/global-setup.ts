import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  buildProject,
  copyProject,
  MAIN_BUILD_TIME_ZONE,
  projectRoot,
  reuseDrawnImages,
  unpublishedFixtureFiles,
} from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project copy that was built: real content plus the unpublished fixtures. */
    builtRoot: string;
    /**
     * The folder the shared build was made in, left empty when it moved to builtRoot. Astro's page
     * cache in builtRoot holds only here, since it hashes each page's modules by absolute path: a
     * test that goes on from the shared build with a warm build copies it back here first. One
     * test does (tests/builds/incremental-equals-clean.test.ts); two would overwrite each other.
     */
    builtAt: string;
  }
}

/*
 * Builds the site once for the whole test run: the real content plus unpublished fixtures, far
 * east of UTC. Every project that reads the built site (built-site, browser, server, lighthouse,
 * and the builds and CLI files that compare with it) names this set-up; vitest runs each project's
 * set-up in the same process, so the first one builds and the others reuse its promise.
 */

interface SharedBuild {
  builtRoot: string;
  builtAt: string;
}

const shared = globalThis as typeof globalThis & { serviceStoriesBuild?: Promise<SharedBuild> };

async function buildOnce(): Promise<SharedBuild> {
  const builtAt = copyProject('site-build', unpublishedFixtureFiles);
  const builtRoot = path.join(projectRoot, '.tmp', 'site-under-test');
  // Another run's cards and optimized images, on a machine that ran the tests before: both are
  // cached under a hash of what they draw, so they are right for any content (a clean clone has none).
  reuseDrawnImages(builtAt, builtRoot);
  console.log('site build for tests: building .tmp/site-build …');
  const started = performance.now();
  const result = await buildProject(builtAt, { TZ: MAIN_BUILD_TIME_ZONE });
  if (result.code !== 0) {
    throw new Error(`The site build for the tests failed (exit ${result.code}):\n${result.output}`);
  }
  rmSync(builtRoot, { recursive: true, force: true });
  renameSync(builtAt, builtRoot);
  console.log(`site build for tests: ${((performance.now() - started) / 1000).toFixed(1)} s, in .tmp/site-under-test`);
  return { builtRoot, builtAt };
}

export default async function setup(project: TestProject): Promise<void> {
  shared.serviceStoriesBuild ??= buildOnce();
  const { builtRoot, builtAt } = await shared.serviceStoriesBuild;
  project.provide('builtRoot', builtRoot);
  project.provide('builtAt', builtAt);
}
