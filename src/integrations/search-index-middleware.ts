import { defineMiddleware } from 'astro:middleware';
import { SEARCH_CHANNEL, type PageMessage } from './search-channel.ts';

/*
 * During a production build, hands each story page (the pages that carry data-pagefind-body) to
 * the search index as soon as Astro has rendered it, so Pagefind indexes it in its own process
 * while Astro renders the rest. See search-index.ts.
 */

let channel: BroadcastChannel | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.MODE === 'development' || !context.isPrerendered) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) {
    channel ??= new BroadcastChannel(SEARCH_CHANNEL);
    channel.postMessage({ pathname: context.url.pathname, html } satisfies PageMessage);
  }
  return new Response(html, response);
});
