import type { APIRoute } from 'astro';
import { iconSvg } from '../seo/icons.ts';

export const GET: APIRoute = () => new Response(iconSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
