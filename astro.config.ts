import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildContent } from './src/integrations/build-content.ts';
import { buildSummary, type CardCounts } from './src/integrations/build-summary.ts';
import { contactAddress } from './src/integrations/contact-address.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { precompress } from './src/integrations/precompress.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { retiredPages } from './src/integrations/retired-pages.ts';
import { SEARCH_FOLDER, searchIndex } from './src/integrations/search-index.ts';
import { securityHeadersFiles } from './src/integrations/security-headers.ts';
import { storedTextsSetting } from './src/integrations/stored-texts-setting.ts';
import { sitemapLastmod } from './src/seo/sitemap-dates.ts';
import { siteConfig } from './src/site.config.ts';
import { articleUrl } from './src/urls/urls.ts';

// The content check reads content/ once; the Open Graph cards and the sitemap dates use what it read.
const content = buildContent();

// Retired story addresses, each sent to the piece that replaced it (see the redirects setting below).
const retiredAddresses = {
  '/articles/why-i-chose-a-career-in-service/': articleUrl('why-agents-come-back-every-day'),
};
let cardCounts: CardCounts = { drawn: 0, reused: 0 };
const previous = previousOutput();
const search = searchIndex();
const compressed = precompress(SEARCH_FOLDER);

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops a line break between a word and an inline element, gluing
  // "are\n<a>illustrative</a>" into "areillustrative". `true` removes only whitespace that cannot
  // change what a reader sees, so markup can wrap freely; tests/browser/quality.test.ts holds every page to that.
  compressHTML: true,
  // Astro renders one page at a time: its incremental build below is off at any other concurrency.
  build: { format: 'directory', concurrency: 1 },
  experimental: {
    // A page whose route code and cacheKey (src/stories/cache-key.ts) are unchanged since the last
    // build is copied from <cacheDir>/dist/ instead of rendered again. docs/performance.md says more.
    incrementalBuild: true,
  },
  // Retired story addresses, each sent to the piece that replaced it. A static build writes a small
  // page at the old address (under the base, like every page) that links to the new one; the
  // destination is built by the URL module so that it carries the base too.
  redirects: retiredAddresses,
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
    previous.movedAside,
    contentCheck({ content }),
    contactAddress(),
    storedTextsSetting(),
    ogImages({ content: () => content.published(), onCopied: (counts) => (cardCounts = counts) }),
    mdx(),
    // Pagefind indexes the story pages in its own process while the sitemap, the script check and
    // the precompression of everything else run here.
    search.start,
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      serialize: sitemapLastmod(() => content.published()),
    }),
    securityHeadersFiles(),
    retiredPages(retiredAddresses),
    // After every step that writes files, so it compresses each text file they wrote (sitemaps, feeds),
    // while Pagefind still works; the index's own files once it is written.
    compressed.whileIndexing,
    search.written,
    compressed.afterIndexing,
    buildSummary({ cards: () => cardCounts, redirects: Object.keys(retiredAddresses).length }),
    previous.deleted,
  ],
});
