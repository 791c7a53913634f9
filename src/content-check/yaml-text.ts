import { extractFrontmatter } from 'astro/markdown';
import { parse, YAMLParseError } from 'yaml';

/*
 * YAML as editors' tools read it: frontmatter blocks and reading-path files. The `yaml` package's
 * core schema keeps an unquoted 2026-02-30 as the text it is, where Astro's parser would turn it
 * into 2 March; the schemas then read every date from its text and can refuse a day that does not
 * exist. Errors come back as one line naming the line of the file.
 */

export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string };

/** Plain words for the YAML mistakes editors make most. */
const HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value with ": " in it needs quotes, such as title: "Why: a guide"',
  DUPLICATE_KEY: 'a field is written twice; keep one',
  BAD_INDENT: 'a list or block is not indented as YAML expects',
};

/** Parses YAML text; `firstLine` is the file line the text starts on, so messages point into the file. */
export function parseYaml(text: string, firstLine = 1): YamlResult {
  try {
    return { ok: true, data: parse(text, { prettyErrors: false }) };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = firstLine + (text.slice(0, error.pos[0]).match(/\n/g)?.length ?? 0);
    return { ok: false, message: `line ${line}: ${HINTS[error.code] ?? error.message}` };
  }
}

export interface Frontmatter {
  /** The parsed block, or why it could not be parsed; an empty object when the file has none. */
  yaml: YamlResult;
  /** Everything after the closing --- line. */
  body: string;
}

/** Splits an MDX file into its frontmatter (found the way Astro finds it) and its body. */
export function readFrontmatter(source: string): Frontmatter {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return { yaml: { ok: true, data: {} }, body: source };
  const start = source.indexOf(raw);
  const firstLine = (source.slice(0, start).match(/\n/g)?.length ?? 0) + 1;
  return { yaml: parseYaml(raw, firstLine), body: source.slice(start + raw.length + 3) };
}
