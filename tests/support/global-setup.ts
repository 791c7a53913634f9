import type { TestProject } from 'vitest/node';
import { buildProject, copyProject, MAIN_BUILD_TIME_ZONE, unpublishedFixtureFiles } from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project copy that was built: real content plus the unpublished fixtures. */
    builtRoot: string;
  }
}

/** Builds the site once for every built-site test: the real content plus unpublished fixtures, far east of UTC. */
export default async function setup(project: TestProject): Promise<void> {
  // Every project's global setup starts at once, so each project builds into a folder of its own.
  const root = copyProject(
    project.name === 'site' ? 'site-under-test' : `site-under-test-${project.name}`,
    unpublishedFixtureFiles,
  );
  const started = performance.now();
  const result = await buildProject(root, { TZ: MAIN_BUILD_TIME_ZONE });
  if (result.code !== 0) {
    throw new Error(`The site build for the tests failed (exit ${result.code}):\n${result.output}`);
  }
  console.log(`site build for tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  project.provide('builtRoot', root);
}
