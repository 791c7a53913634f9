import { parse } from 'node-html-parser';
import { renderStoryBody, rendersOnce } from '../components/mdx/story-body.ts';
import { storyKey, type Story } from '../stories/library.ts';

/*
 * A story's body as feeds carry it: the HTML its page shows (components/mdx/story-body.ts), parsed
 * once more to make every URL absolute, so feed readers can follow it, and to drop what they strip
 * or choke on. Rendered once per production build and shared by every feed the story is in.
 */

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);
const FRAMEWORK_ATTRIBUTE = /^(?:data-astro-[\w-]+|data-image-component|data-print-href)$/;
const EVENT_HANDLER = /^on[a-z]+$/i;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Parses the HTML, drops scripts and styles and, on every element, the attributes `drop` names, and
 * gives `rewrite` each remaining attribute value (decoded) to change. Attributes left alone keep
 * their exact bytes.
 */
function transformHtml(
  html: string,
  drop: (name: string) => boolean,
  rewrite: (name: string, value: string) => string | undefined,
): string {
  const root = parse(html, { comment: true });
  for (const element of root.querySelectorAll('script, style')) element.remove();
  for (const element of root.querySelectorAll('*')) {
    const raw = element.rawAttributes;
    const names = Object.keys(raw);
    if (names.length === 0) continue;
    const decoded = element.attributes;
    let changed = false;
    const kept: string[] = [];
    for (const name of names) {
      const lower = name.toLowerCase();
      if (drop(lower)) {
        changed = true;
        continue;
      }
      const value = raw[name];
      const rewritten = value === null || value === undefined ? undefined : rewrite(lower, decoded[lower] ?? '');
      if (rewritten === undefined) kept.push(value === null || value === undefined ? name : `${name}="${value}"`);
      else {
        changed = true;
        kept.push(`${name}="${escapeAttribute(rewritten)}"`);
      }
    }
    if (changed) element.rawAttrs = kept.join(' ');
  }
  return root.toString();
}

function urlResolver(pageUrl: string) {
  const resolve = (url: string) => (url.startsWith('#') ? `${pageUrl}${url}` : new URL(url, pageUrl).href);
  return (name: string, value: string): string | undefined => {
    if (URL_ATTRIBUTES.has(name)) return resolve(value);
    if (name !== 'srcset') return undefined;
    return value
      .split(',')
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url), ...descriptor].join(' ');
      })
      .join(', ');
  };
}

const isDroppedForFeeds = (name: string) => FRAMEWORK_ATTRIBUTE.test(name) || EVENT_HANDLER.test(name);

/**
 * The HTML a feed carries for a page at `pageUrl`, in one parse: every href, src, poster and
 * srcset URL made absolute, and what feed readers strip or choke on dropped (scripts, styles,
 * inline handlers and Astro's own attributes).
 */
export function feedHtml(html: string, pageUrl: string): string {
  return transformHtml(html, isDroppedForFeeds, urlResolver(pageUrl));
}

const feedBodies = new Map<string, Promise<string>>();

/** The story's body as clean HTML with absolute URLs, for feeds: the same for every feed it is in. */
export function renderStoryHtml(story: Story, pageUrl: string): Promise<string> {
  const key = `${storyKey(story)} ${pageUrl}`;
  let html = rendersOnce() ? feedBodies.get(key) : undefined;
  if (!html) {
    html = renderStoryBody(story).then((body) => feedHtml(body, pageUrl));
    feedBodies.set(key, html);
  }
  return html;
}
