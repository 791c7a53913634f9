import { parse } from 'node-html-parser';
import { isScriptUrl } from '../urls/script-url.ts';
import { isExecutableScriptType } from './header-policy.ts';

/*
 * What a built page would run that the site's code did not write: an inline script whose text is
 * not on the code's own list, an inline event handler (onclick=…), or a javascript: address. The
 * policy never allows them, and the build fails on them, so they are caught where they come from
 * rather than silently blocked in a reader's browser.
 */

/** Attributes whose value a browser follows or loads as an address. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcdoc'];

/** Each thing in the page that would run as script without being on `allowed`, described for a person. */
export function unlistedScripts(html: string, allowed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const element of parse(html, { comment: false }).querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (tag === 'script' && !element.hasAttribute('src') && isExecutableScriptType(element.getAttribute('type'))) {
      const body = element.rawText;
      if (body.length > 0 && !allowed.has(body)) found.push(`an inline script "${preview(body)}"`);
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (/^on[a-z]/.test(attribute))
        found.push(`an inline event handler ${attribute}="${preview(value)}" on <${tag}>`);
      else if (URL_ATTRIBUTES.includes(attribute) && isScriptUrl(value))
        found.push(`a script address ${attribute}="${preview(value)}" on <${tag}>`);
    }
  }
  return found;
}

function preview(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
