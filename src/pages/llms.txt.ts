import type { APIRoute } from 'astro';
import { llmsIndexText } from '../feeds/llms.ts';

export const GET: APIRoute = async () =>
  new Response(await llmsIndexText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
