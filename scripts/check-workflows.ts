import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';

/*
 * Part of `npm run lint`: every GitHub Actions workflow in .github/workflows (or the folder given)
 * must match GitHub's workflow schema, checked with action-validator. A mistake such as `step:`
 * for `steps:` would otherwise only show up on GitHub, after the push that was meant to be tested.
 * Prints one line per problem, `file: where: what`, and exits 1 if there is any.
 */

const folder = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', '.github', 'workflows'));

/**
 * What is wrong, as plainly as the schema allows. A "one of" error says why each alternative
 * failed (a job is either steps on a runner or a call to another workflow); the alternative with
 * the fewest problems is the one the author meant.
 */
function reasons(error: ValidationError): string[] {
  const alternatives = 'states' in error ? (error.states ?? []).map((state) => state.errors.flatMap(reasons)) : [];
  const closest = alternatives.sort((a, b) => a.length - b.length)[0];
  if (closest && closest.length > 0) return closest;
  const where =
    'path' in error ? error.path || '/' : 'location' in error && error.location ? `line ${error.location.line}` : '/';
  return [`${where}: ${error.detail ?? error.title}`];
}

const files = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
if (files.length === 0) {
  console.error(`check:workflows: no workflow files in ${folder}`);
  process.exit(1);
}

const problems = files.flatMap((name) => {
  const { errors } = validateWorkflow(readFileSync(path.join(folder, name), 'utf8'));
  return [...new Set(errors.flatMap(reasons))].map(
    (reason) => `${path.relative(process.cwd(), path.join(folder, name))}: ${reason}`,
  );
});

for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(
    `check:workflows: ${problems.length} problem(s); fix the workflow files above, then run npm run lint again.`,
  );
  process.exit(1);
}
console.log(`check:workflows: ${files.length} workflow files match GitHub's schema (${files.join(', ')})`);
