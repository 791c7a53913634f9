import { mdxToMdast } from 'satteri';
import type { ContentSource } from '../validate-files.ts';

/*
 * The Markdown tree of each MDX file, parsed once by satteri (the parser Astro's MDX integration
 * uses) for the checks that look inside a body: what it embeds, the components and images it
 * uses. Positions are the file's own lines, frontmatter included.
 */

/** An attribute of a JSX element: a plain value, an {expression}, or a {...spread}. */
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The fields of an mdast or MDX node the checks read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface MdxTree {
  file: string;
  root: MdxNode;
}

/** The tree of every file that parses; a file that does not is reported by checkMdxCompiles. */
export function mdxTrees(sources: readonly ContentSource[]): MdxTree[] {
  return sources.flatMap(({ file, text }) => {
    try {
      const root = mdxToMdast(text, { features: { gfm: true, frontmatter: true } }) as unknown as MdxNode;
      return [{ file, root }];
    } catch {
      return [];
    }
  });
}

/** Every node of a tree, depth first, in the order they appear. */
export function* nodesOf(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* nodesOf(child);
}

/** "body, line 12", or "body" when the parser gave no position. */
export function bodyField(node: MdxNode): string {
  const line = node.position?.start.line;
  return line === undefined ? 'body' : `body, line ${line}`;
}

/** The text of an attribute's value, whether written as "text" or as {expression}. */
export function attributeText(attribute: MdxAttribute): string {
  const { value } = attribute;
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : value.value;
}

export const isJsxElement = (node: MdxNode): boolean =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
