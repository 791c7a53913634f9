/*
 * Reads a `_headers` file the way Netlify and Cloudflare Pages apply it, so the test server sends
 * what those hosts would send. A rule is a path pattern on its own line followed by indented
 * `Name: value` lines; `*` matches any run of characters (slashes included) and `:name` one path
 * segment. Every rule whose pattern matches the whole path applies, in file order; a header set
 * by several of them is sent once with the values joined by ", ". Cloudflare's `! Name` line
 * removes a header an earlier rule attached. Anything else is an error, so a line these hosts
 * would read differently cannot pass the tests unnoticed.
 */

export interface HeadersRule {
  pattern: string;
  matches: (pathname: string) => boolean;
  /** Header name and value, in file order; a null value detaches the header. */
  headers: [name: string, value: string | null][];
}

function patternMatcher(pattern: string): (pathname: string) => boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (/^:[A-Za-z]\w*$/.test(part)) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const expression = new RegExp(`^${source}$`);
  return (pathname) => expression.test(pathname);
}

export function parseHeadersFile(text: string, fileName = '_headers'): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const where = `${fileName}:${index + 1}`;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a rule starts with a path beginning with "/": ${line}`);
      const pattern = line.trim();
      rules.push({ pattern, matches: patternMatcher(pattern), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header line comes before any path: ${line.trim()}`);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (detach?.[1]) {
      rule.headers.push([detach[1], null]);
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.*?)\s*$/.exec(line);
    if (!header?.[1] || !header[2]) throw new Error(`${where}: expected "Name: value", got: ${line.trim()}`);
    rule.headers.push([header[1], header[2]]);
  }
  return rules;
}

/** The headers the hosts send for a path, by lower-case name. */
export function headersFor(rules: readonly HeadersRule[], pathname: string): Map<string, string> {
  const sent = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.matches(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (value === null) sent.delete(key);
      else sent.set(key, sent.has(key) ? `${sent.get(key)}, ${value}` : value);
    }
  }
  return sent;
}
