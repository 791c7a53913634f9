/*
 * The page `astro dev` answers with while content/ has errors: the same lines as
 * `npm run check:content`, as plain HTML, and in Astro's error overlay (the one it shows for its
 * own errors) through the Vite client, which also reloads the page once the files are fixed.
 */

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** In JSON inside a <script>, "<" could close the element; written as \u003c it stays text. */
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

export const CONTENT_ERROR_HINT =
  'Fix each line (file: field: what was expected) and save: this page comes back by itself. `npm run check:content` lists the same lines.';

export function contentErrorPage(lines: readonly string[], base: string): string {
  const title = `${lines.length} content error${lines.length === 1 ? '' : 's'}`;
  const overlay = {
    name: 'ContentError',
    title,
    message: lines.map(escapeHtml).join('<br>'),
    hint: escapeHtml(CONTENT_ERROR_HINT).replace(/`([^`]+)`/g, '<code>$1</code>'),
    stack: lines.join('\n'),
  };
  const client = `${base.endsWith('/') ? base : `${base}/`}@vite/client`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<script type="module">
import { ErrorOverlay } from ${scriptJson(client)};
document.body.append(new ErrorOverlay(${scriptJson(overlay)}));
</script>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<ul id="content-errors">
${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}
</ul>
<p>${escapeHtml(CONTENT_ERROR_HINT)}</p>
</main>
</body>
</html>
`;
}
