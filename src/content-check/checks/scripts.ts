import { isScriptUrl } from '../../urls/script-url.ts';
import type { ContentReport } from './context.ts';
import { attributeText, bodyField, isJsxElement, nodesOf, type MdxAttribute, type MdxTree } from './mdx-tree.ts';

/*
 * Content never carries script: no <script> element, no inline event handler (onclick=…), no
 * javascript: address in a link, an image or an attribute, and no raw-HTML escape hatch
 * (set:html, dangerouslySetInnerHTML) that could smuggle either in. The site's
 * Content-Security-Policy would block them in a reader's browser; this stops them at the desk,
 * naming the line. docs/writing.md says what editors may embed instead.
 */

const RAW_HTML_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml']);
/** Script written inside an {expression}: a <script> tag, an on…= handler, a javascript: address. */
const SCRIPT_IN_EXPRESSION = /<\s*script\b|\bon[a-z]+\s*=|\bjavascript\s*:/i;

/** An attribute written as {expression} or {...spread}, whose text is code rather than a value. */
const isExpression = (attribute: MdxAttribute) =>
  attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object');

export function checkNoScripts(trees: readonly MdxTree[]): ContentReport[] {
  const reports: ContentReport[] = [];
  for (const { file, root } of trees) {
    const report = (node: Parameters<typeof bodyField>[0], message: string) =>
      reports.push({ file, field: bodyField(node), message, severity: 'error' });
    for (const node of nodesOf(root)) {
      if (isJsxElement(node)) {
        const tag = node.name ?? '';
        if (tag.toLowerCase() === 'script')
          report(node, 'a <script> cannot go in a story: the site runs no script from content; remove it');
        for (const attribute of node.attributes ?? []) {
          const name = attribute.name ?? '';
          const text = attributeText(attribute);
          if (/^on[a-z]/i.test(name))
            report(
              node,
              `the event handler ${name}= on <${tag}> cannot go in a story: the site runs no script from content; remove it`,
            );
          else if (RAW_HTML_ATTRIBUTES.has(name.toLowerCase()))
            report(node, `${name} on <${tag}> cannot go in a story: write the markup itself, without script`);
          else if (isScriptUrl(text) || (isExpression(attribute) && SCRIPT_IN_EXPRESSION.test(text)))
            report(node, `the ${name || 'spread'} attribute on <${tag}> runs script; link to a page address instead`);
        }
      } else if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url) {
        if (isScriptUrl(node.url))
          report(node, `the address "${node.url}" runs script; link to a page address (https://… or /…/) instead`);
      } else if (
        (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'html') &&
        SCRIPT_IN_EXPRESSION.test(node.value ?? '')
      ) {
        report(node, 'this {expression} writes script into the page; remove it');
      }
    }
  }
  return reports;
}
