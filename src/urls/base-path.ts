/*
 * The site's base path as URLs use it: "/" at the root, "/stories/" under a sub-path. Astro, the
 * site config and SITE_BASE may each give it with or without the final slash. Kept free of imports
 * so the search page's browser script can use it without pulling in the site config.
 */
export function baseWithSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The base path in a browser script, where the site config cannot go: Astro's BASE_URL, which
 * astro.config.ts sets from the same siteConfig.base, with its final slash.
 */
export function browserBasePath(): string {
  return baseWithSlash(import.meta.env.BASE_URL);
}
