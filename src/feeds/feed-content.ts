import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx/index.ts';
import { storyKey, type Story } from '../stories/library.ts';

/*
 * Renders an entry's MDX body to standalone HTML for feeds: one container for the whole build,
 * each body rendered once, and every URL made absolute so feed readers can follow it.
 */

let container: Promise<experimental_AstroContainer> | undefined;

function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return container;
}

const URL_ATTRIBUTE = /\s(href|src|poster)="([^"]*)"/g;
const SRCSET_ATTRIBUTE = /\ssrcset="([^"]*)"/g;

/** Resolves every href, src, poster and srcset URL in the HTML against the page's absolute URL. */
export function absolutizeUrls(html: string, pageUrl: string): string {
  const resolve = (url: string) => (url.startsWith('#') ? `${pageUrl}${url}` : new URL(url, pageUrl).href);
  return html
    .replace(URL_ATTRIBUTE, (_match, name: string, url: string) => ` ${name}="${resolve(url)}"`)
    .replace(SRCSET_ATTRIBUTE, (_match, list: string) => {
      const candidates = list.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url), ...descriptor].join(' ');
      });
      return ` srcset="${candidates.join(', ')}"`;
    });
}

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const FRAMEWORK_ATTRIBUTE = /\s(?:data-astro-[\w-]+|data-image-component)(?:="[^"]*")?(?=[\s/>])/g;
const EVENT_HANDLER = /\son[a-z]+="[^"]*"/gi;

/** Drops what feed readers strip or choke on: scripts, styles, inline handlers and Astro's own attributes. */
export function cleanFeedHtml(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, '').replace(FRAMEWORK_ATTRIBUTE, '').replace(EVENT_HANDLER, '');
}

const rendered = new Map<string, Promise<string>>();

/** The story's body as clean HTML with absolute URLs, rendered once per build. */
export function renderStoryHtml(story: Story, pageUrl: string): Promise<string> {
  const key = storyKey(story);
  let html = rendered.get(key);
  if (!html) {
    html = (async () => {
      const [{ Content }, renderer] = await Promise.all([render(story), getContainer()]);
      const html = await renderer.renderToString(Content, { props: { components: mdxComponents } });
      return absolutizeUrls(cleanFeedHtml(html), pageUrl);
    })();
    rendered.set(key, html);
  }
  return html;
}
