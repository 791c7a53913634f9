// The incremental baseline for `npm run bench`: the bare baseline (scripts/bench-baseline/, copied
// first) with Astro's incremental build on and a cacheKey on its article and tag pages. The floor
// for a warm build that reuses unchanged pages.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  experimental: { incrementalBuild: true },
});
