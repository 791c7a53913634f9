import type { APIRoute } from 'astro';
import { getFeed } from '../lib/feeds.ts';
import { jsonFeedResponse } from '../lib/feed-responses.ts';

export const GET: APIRoute = async () => jsonFeedResponse(await getFeed({ kind: 'all' }));
