import type { APIRoute } from 'astro';
import { getFeed } from '../../lib/feeds.ts';
import { rssResponse } from '../../lib/feed-responses.ts';

export const GET: APIRoute = async () => rssResponse(await getFeed({ kind: 'collection', collection: 'testimonials' }));
