import { defineMiddleware } from 'astro:middleware';
import { countRendered } from './rendered-count.ts';

/* Counts every page and endpoint Astro renders in a build; one it reuses from the last build never gets here. */
export const onRequest = defineMiddleware((context, next) => {
  if (context.isPrerendered) countRendered();
  return next();
});
