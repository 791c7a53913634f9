import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import type { Story } from './posts.ts';

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

const rendered = new Map<string, Promise<string>>();

/** The story's body as HTML with absolute URLs, rendered once per build. */
export function renderStoryHtml(story: Story, pageUrl: string): Promise<string> {
  const key = `${story.collection}/${story.id}`;
  let html = rendered.get(key);
  if (!html) {
    html = (async () => {
      const [{ Content }, renderer] = await Promise.all([render(story), getContainer()]);
      return absolutizeUrls(await renderer.renderToString(Content), pageUrl);
    })();
    rendered.set(key, html);
  }
  return html;
}
