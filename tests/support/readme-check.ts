import { existsSync } from 'node:fs';
import path from 'node:path';

/*
 * What keeps a README true: every npm command it names is a script in package.json (or one of
 * npm's own: install, start, test), every relative link points at a file that exists, and it stays
 * short enough to read as a front door.
 */

export const README_MAX_LINES = 100;
const NPM_OWN = new Set(['install', 'ci']);
const NPM_SHORTHANDS = new Set(['start', 'test']);

/** Every problem with a README's text, given the project's scripts and its root folder. */
export function readmeProblems(text: string, scripts: Record<string, string>, root: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').length;
  if (lines > README_MAX_LINES) problems.push(`README: ${lines} lines; keep it to ${README_MAX_LINES}`);
  for (const match of text.matchAll(/\bnpm (run )?([a-z][\w:-]*)/g)) {
    const [, run, name = ''] = match;
    if (!run && NPM_OWN.has(name)) continue;
    if (!run && !NPM_SHORTHANDS.has(name)) continue;
    if (!(name in scripts)) problems.push(`README: "npm ${run ?? ''}${name}": package.json has no script "${name}"`);
  }
  for (const match of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
    const target = match[1] ?? '';
    if (/^[a-z]+:/i.test(target)) continue;
    if (!existsSync(path.join(root, target))) problems.push(`README: link "${target}": no such file`);
  }
  return problems;
}
