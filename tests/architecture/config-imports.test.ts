import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * astro.config.ts is loaded by `astro dev` as well as by a build, before the dev server can start.
 * The content checks and their parsers load on a worker thread (integrations/background-content-check.ts),
 * never with the config, so the dev server's start does not wait for them. This walks the static
 * imports from the config and names any that reach them.
 */

const root = path.resolve(import.meta.dirname, '..', '..');

/** What the worker thread loads: a package name, or a folder or file under src/. */
const WORKER_ONLY = ['satteri', 'src/content-check/', 'src/integrations/check-summary.ts'];

/** The value imports of a module (not `import type`), as written. */
function staticImports(code: string): string[] {
  const found = code.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm);
  return [...found].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** Every module the file loads through static imports: project files by path, packages by name. */
function importedFrom(file: string, seen = new Set<string>()): Set<string> {
  for (const specifier of staticImports(readFileSync(path.join(root, file), 'utf8'))) {
    const target = specifier.startsWith('.')
      ? path.relative(root, path.resolve(root, path.dirname(file), specifier))
      : specifier;
    if (seen.has(target)) continue;
    seen.add(target);
    if (specifier.startsWith('.')) importedFrom(target, seen);
  }
  return seen;
}

describe('what loading astro.config.ts loads', () => {
  it('leaves out the content checks, which load on a worker thread', () => {
    const loaded = [...importedFrom('astro.config.ts')];
    expect(loaded.filter((module) => WORKER_ONLY.some((heavy) => module.startsWith(heavy)))).toEqual([]);
    expect(loaded).toContain('src/integrations/content-check.ts');
  });

  it('would notice a static import of one', () => {
    expect(
      staticImports(
        "import { z } from 'zod';\nimport type { A } from 'satteri';\nimport * as pagefind from 'pagefind';\n",
      ),
    ).toEqual(['zod', 'pagefind']);
    expect(staticImports("import './side-effect.ts';\n")).toEqual(['./side-effect.ts']);
  });
});
