import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeProblems } from '../support/readme-check.ts';

/* The README's commands exist and its links resolve (see support/readme-check.ts). */

const root = path.resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the README', () => {
  it('names only npm scripts that exist, links only files that exist, in at most 100 lines', () => {
    expect(readmeProblems(readme, scripts, root)).toEqual([]);
  });

  it('names the commands it promises: install, start, test, dev, new, check:content', () => {
    for (const command of [
      'npm install',
      'npm start',
      'npm test',
      'npm run dev',
      'npm run new',
      'npm run check:content',
    ]) {
      expect(readme).toContain(command);
    }
  });

  it('would notice a script that is gone, a broken link and a wall of text', () => {
    const broken = `${readme}\nRun \`npm run docs:everything\` and read [the guide](docs/missing.md).\n${'more\n'.repeat(120)}`;
    const problems = readmeProblems(broken, scripts, root);
    expect(problems).toContain('README: "npm run docs:everything": package.json has no script "docs:everything"');
    expect(problems).toContain('README: link "docs/missing.md": no such file');
    expect(problems.some((problem) => /lines; keep it to 100/.test(problem))).toBe(true);
  });
});
