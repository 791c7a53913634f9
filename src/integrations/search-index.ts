import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Only story pages carry data-pagefind-body, so Pagefind need not read the lists, tags and facets. */
const STORY_PAGES = '{articles,testimonials}/*/index.html';

/*
 * After a production build, Pagefind indexes the story pages (the elements marked
 * data-pagefind-body) and writes its index and client to dist/pagefind/. Drafts and scheduled
 * entries have no page in the build, so they are never in the index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'service-stories:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site, glob: STORY_PAGES });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
