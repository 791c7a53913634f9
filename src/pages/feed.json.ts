import type { APIRoute } from 'astro';
import { getFeed } from '../feeds/feeds.ts';
import { jsonFeedResponse } from '../feeds/feed-responses.ts';

export const GET: APIRoute = async () => jsonFeedResponse(await getFeed({ kind: 'all' }));
