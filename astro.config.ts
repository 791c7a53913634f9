import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildSummary, type CardCounts } from './src/integrations/build-summary.ts';
import { contactAddress } from './src/integrations/contact-address.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeadersFiles } from './src/integrations/security-headers.ts';
import { sitemapLastmod } from './src/seo/sitemap-dates.ts';
import type { ContentFile } from './src/editorial/validate-files.ts';
import { siteConfig } from './src/site.config.ts';

// The content check reads content/ once; the Open Graph cards and the sitemap dates use what it read.
let checkedFiles: readonly ContentFile[] = [];
let cardCounts: CardCounts = { drawn: 0, reused: 0 };

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops a line break between a word and an inline element, gluing
  // "are\n<a>illustrative</a>" into "areillustrative". `true` removes only whitespace that cannot
  // change what a reader sees, so markup can wrap freely; tests/glued-words.test.ts holds it to that.
  compressHTML: true,
  // Astro renders one page at a time: its incremental build below is off at any other concurrency.
  build: { format: 'directory', concurrency: 1 },
  experimental: {
    // A page whose route code and cacheKey (src/stories/cache-key.ts) are unchanged since the last
    // build is copied from <cacheDir>/dist/ instead of rendered again. docs/performance.md says more.
    incrementalBuild: true,
  },
  image: {
    // Lead images are illustrations drawn as SVG in content/articles/images/ and rasterised here
    // to AVIF, WebP and PNG. Astro leaves SVG alone unless told otherwise because a hostile SVG
    // can be costly to rasterise; these come only from the repository, written by the team.
    dangerouslyProcessSVG: true,
  },
  vite: {
    build: {
      // Keep the search page's script an external file: inlined, its dynamic import of Pagefind
      // loses Vite's preload helper, and an external file needs no CSP hash of its own.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" marker; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    previousOutput(),
    contentCheck({ onChecked: (result) => (checkedFiles = result.files) }),
    contactAddress(),
    ogImages({ content: () => checkedFiles, onCopied: (counts) => (cardCounts = counts) }),
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      serialize: sitemapLastmod({ content: () => checkedFiles, base: siteConfig.base, site: siteConfig.url }),
    }),
    searchIndex(),
    securityHeadersFiles(),
    buildSummary({ cards: () => cardCounts }),
  ],
});
