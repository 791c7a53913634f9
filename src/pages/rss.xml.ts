import type { APIRoute } from 'astro';
import { getFeed } from '../feeds/feeds.ts';
import { rssResponse } from '../feeds/feed-responses.ts';

export const GET: APIRoute = async () => rssResponse(await getFeed({ kind: 'all' }));
