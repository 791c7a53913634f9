import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { storyKey, type Story } from '../../stories/library.ts';
import { mdxComponents } from './index.ts';

/*
 * A story's MDX body rendered to HTML once per production build, through one container, with the
 * MDX components. Its page shows this HTML and every feed it appears in starts from it
 * (src/feeds/feed-content.ts makes the feed copy).
 */

let container: Promise<experimental_AstroContainer> | undefined;

function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return container;
}

const bodies = new Map<string, Promise<string>>();

/** `astro dev` renders on every request, so edits show; a build renders once and reuses. */
export const rendersOnce = () => import.meta.env.MODE !== 'development';

/** The story's MDX body as HTML, exactly as its page shows it. */
export function renderStoryBody(story: Story): Promise<string> {
  const key = storyKey(story);
  let html = rendersOnce() ? bodies.get(key) : undefined;
  if (!html) {
    html = (async () => {
      const [{ Content }, renderer] = await Promise.all([render(story), getContainer()]);
      return renderer.renderToString(Content, { props: { components: mdxComponents } });
    })();
    bodies.set(key, html);
  }
  return html;
}
