import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildProject, copyProject, projectRoot } from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project copy that was built: real content plus the unpublished fixtures. */
    builtRoot: string;
  }
}

/** Builds the site once for every built-site test: the real content plus unpublished fixtures. */
export default async function setup(project: TestProject): Promise<void> {
  const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'unpublished');
  const root = copyProject('site-under-test', {
    'content/articles/fixture-draft-article.mdx': path.join(fixtures, 'articles', 'fixture-draft-article.mdx'),
    'content/articles/fixture-scheduled-article.mdx': path.join(fixtures, 'articles', 'fixture-scheduled-article.mdx'),
    'content/testimonials/fixture-draft-testimonial.mdx': path.join(fixtures, 'testimonials', 'fixture-draft-testimonial.mdx'),
  });
  const started = performance.now();
  const result = await buildProject(root);
  if (result.code !== 0) {
    throw new Error(`The site build for the tests failed (exit ${result.code}):\n${result.output}`);
  }
  console.log(`site build for tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  project.provide('builtRoot', root);
}
