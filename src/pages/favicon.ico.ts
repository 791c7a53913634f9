import type { APIRoute } from 'astro';
import { renderFaviconIco } from '../seo/icons.ts';

export const GET: APIRoute = () => new Response(renderFaviconIco(), { headers: { 'Content-Type': 'image/x-icon' } });
