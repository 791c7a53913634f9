import { mdxToJs } from 'satteri';
import type { ContentSource } from '../validate-files.ts';
import type { ContentReport } from './context.ts';

/*
 * MDX that would stop the build: an unclosed component tag, a stray `{` or `<` in prose. The
 * bodies are compiled with satteri, the compiler Astro's MDX integration itself uses, so this
 * check and the build agree on what compiles; it takes milliseconds a file, not a build.
 */

/** The compiler's "5:1: Expected a closing tag for `<Callout>` (5:1) (mdx-jsx:unexpected-character)". */
const COMPILER_MESSAGE = /^(\d+):(\d+):\s*(.*?)(?:\s+\(\d+:\d+(?:-\d+:\d+)?\))?(?:\s+\([\w:-]+\))?$/s;

/** Where the compiler stopped, and why, in an editor's words. */
export function describeMdxError(message: string): { line?: number; reason: string } {
  const match = COMPILER_MESSAGE.exec(message.trim());
  if (!match) return { reason: message.trim().split('\n')[0] ?? message };
  return { line: Number(match[1]), reason: match[3] ?? message };
}

/** What to do about the compiler's complaint, for the mistakes editors make most. */
function fixFor(reason: string): string {
  const unclosed = /closing tag for `<([\w.]+)>`/.exec(reason);
  if (/^Unexpected closing tag/.test(reason)) return 'close tags in the reverse order they were opened';
  if (unclosed) return `add </${unclosed[1]}> where the component should end`;
  if (/after `<`/.test(reason)) return 'write a literal < in prose as &lt;';
  if (/`\{`|expression/.test(reason)) return 'write a literal { in prose as &#123;, or put it in `backticks`';
  return 'fix the body there';
}

/** Every MDX file that does not compile, with the line the compiler stopped at. */
export function checkMdxCompiles(sources: readonly ContentSource[]): ContentReport[] {
  return sources.flatMap(({ file, text }): ContentReport[] => {
    try {
      // The whole file, frontmatter included, so the compiler's line numbers are the file's own.
      mdxToJs(text, { features: { gfm: true, frontmatter: true } });
      return [];
    } catch (error) {
      const { line, reason } = describeMdxError(error instanceof Error ? error.message : String(error));
      return [
        {
          file,
          field: line === undefined ? 'body' : `body, line ${line}`,
          message: `the MDX does not compile: ${reason}; ${fixFor(reason)}`,
          severity: 'error',
        },
      ];
    }
  });
}
