// The bare-Astro baseline for `npm run bench`: the smallest Astro 7 site that does the same job.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://baseline.example.org', trailingSlash: 'always', integrations: [mdx()] });
