import { existsSync } from 'node:fs';
import path from 'node:path';
import { mdxComponentNames } from '../../schema/vocabulary.ts';
import type { ContentReport } from './context.ts';
import { bodyField, isJsxElement, nodesOf, type MdxNode, type MdxTree } from './mdx-tree.ts';
import { editDistance } from './tags.ts';

/*
 * What a body takes from elsewhere, which the build can only find out by failing: a component
 * that is neither one of the site's (<Callot> for <Callout>) nor imported by the story, and an
 * import of a file that is not there.
 */

const IMPORT_FROM = /\bimport\s+(?:([\s\S]*?)\s+from\s+)?(['"])([^'"]+)\2/g;

/** The specifiers and the local names of the import statements in one ESM block. */
export function importsIn(code: string): { specifier: string; names: string[] }[] {
  return [...code.matchAll(IMPORT_FROM)].map((match) => ({
    specifier: match[3] ?? '',
    names: (match[1] ?? '')
      .replace(/[{}*]/g, ',')
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .at(-1)
            ?.trim() ?? '',
      )
      .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)),
  }));
}

const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

function suggestion(name: string): string {
  const nearest = [...mdxComponentNames].sort((a, b) => editDistance(name, a) - editDistance(name, b))[0] ?? '';
  const list = mdxComponentNames.map((known) => `<${known}>`).join(', ');
  return editDistance(name, nearest) <= Math.max(2, nearest.length / 3)
    ? `did you mean <${nearest}>? Stories can use ${list}`
    : `stories can use ${list}, or import a component first`;
}

/** `root` is the project root; each tree's file is relative to it. */
export function checkComponentsAndImports(root: string, trees: readonly MdxTree[]): ContentReport[] {
  const reports: ContentReport[] = [];
  for (const { file, root: tree } of trees) {
    const nodes = [...nodesOf(tree)];
    const imported = new Set<string>();
    for (const node of nodes.filter((candidate: MdxNode) => candidate.type === 'mdxjsEsm')) {
      for (const { specifier, names } of importsIn(node.value ?? '')) {
        names.forEach((name) => imported.add(name));
        if (!specifier.startsWith('.')) continue;
        if (!existsSync(path.resolve(root, path.dirname(file), specifier)))
          reports.push({
            file,
            field: bodyField(node),
            message: `import "${specifier}" names no file: expected a file at "${specifier}", relative to this file, but there is none`,
            severity: 'error',
          });
      }
    }
    for (const node of nodes.filter(isJsxElement)) {
      const name = node.name ?? '';
      const known = (mdxComponentNames as readonly string[]).includes(name) || imported.has(name.split('.')[0] ?? '');
      if (!name || !isComponentName(name) || known) continue;
      reports.push({
        file,
        field: bodyField(node),
        message: `<${name}> is not a component the site has; ${suggestion(name)}`,
        severity: 'error',
      });
    }
  }
  return reports;
}
