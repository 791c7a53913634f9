import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';
import { assetUrl, homeUrl } from '../urls/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: siteConfig.title,
      short_name: siteConfig.title,
      description: siteConfig.description,
      lang: siteConfig.lang,
      start_url: homeUrl(),
      scope: homeUrl(),
      display: 'browser',
      background_color: '#fdfaf5',
      theme_color: '#1f5f5b',
      icons: [
        { src: assetUrl('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: assetUrl('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
        { src: assetUrl('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
