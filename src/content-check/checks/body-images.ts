import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentReport } from './context.ts';
import { bodyField, nodesOf, type MdxTree } from './mdx-tree.ts';

/*
 * A Markdown image in a body, ![A desk](./images/desk.png), is a file the build must find: next to
 * the story when the path is relative, in public/ when it starts with /. The words are those of
 * the hero image check, so an editor meets one message for one mistake.
 */

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** `root` is the project root; each tree's file is relative to it. */
export function checkBodyImages(root: string, trees: readonly MdxTree[]): ContentReport[] {
  return trees.flatMap(({ file, root: tree }) =>
    [...nodesOf(tree)].flatMap((node): ContentReport[] => {
      const url = node.url ?? '';
      if (node.type !== 'image' || url === '' || EXTERNAL.test(url)) return [];
      const pathname = safelyDecoded(url.replace(/[?#].*$/, ''));
      const inPublic = pathname.startsWith('/');
      const target = inPublic ? path.join(root, 'public', pathname) : path.resolve(root, path.dirname(file), pathname);
      if (existsSync(target)) return [];
      return [
        {
          file,
          field: bodyField(node),
          message: inPublic
            ? `expected an image file at "${url}" in public/, but there is none`
            : `expected an image file at "${url}", relative to this file, but there is none`,
          severity: 'error',
        },
      ];
    }),
  );
}

function safelyDecoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
