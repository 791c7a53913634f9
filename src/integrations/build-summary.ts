import type { AstroIntegration } from 'astro';
import { renderedCount, resetRenderedCount } from './rendered-count.ts';

/*
 * One line at the end of a build: how many pages (and endpoints) Astro rendered and how many it
 * reused from the last build (experimental.incrementalBuild), and how many Open Graph cards were
 * drawn and how many came from the card cache. Listed last in astro.config.ts, so the cards are in.
 */

export interface CardCounts {
  drawn: number;
  reused: number;
}

export interface BuildSummaryOptions {
  cards: () => CardCounts;
  /** How many pages are redirects (astro.config.ts `redirects`): written, but never rendered or reused. */
  redirects?: number;
}

/** "pages: 12 rendered, 80 reused; Open Graph cards: 1 drawn, 21 reused" */
export function summaryLine(pages: { rendered: number; total: number; redirects?: number }, cards: CardCounts): string {
  const reused = Math.max(0, pages.total - (pages.redirects ?? 0) - pages.rendered);
  return `pages: ${pages.rendered} rendered, ${reused} reused; Open Graph cards: ${cards.drawn} drawn, ${cards.reused} reused`;
}

export function buildSummary({ cards, redirects = 0 }: BuildSummaryOptions): AstroIntegration {
  return {
    name: 'service-stories:build-summary',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./rendered-count-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:build:start': () => resetRenderedCount(),
      'astro:build:done': ({ assets, logger }) => {
        const total = [...assets.values()].reduce((sum, files) => sum + files.length, 0);
        logger.info(summaryLine({ rendered: renderedCount(), total, redirects }, cards()));
      },
    },
  };
}
