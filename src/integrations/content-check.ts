import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatReport, type CheckResult } from '../content-check/check-content.ts';
import type { BuildContent } from './build-content.ts';
import { contentErrorPage } from './content-error-page.ts';

/*
 * Runs the content checks before Astro reads a single entry, in the same words as
 * `npm run check:content`. A production build with any content error prints one line per problem
 * ("file: field: what was expected") and exits 1 before any page is written: an error report, not
 * a crash, so no stack trace. In `astro dev` the server keeps running, checks again whenever a
 * file under content/ changes, and while any error stands answers every page with those lines
 * (in Astro's error overlay when JavaScript runs); fixing the file reloads the page.
 * What it read stays in `content` (build-content.ts) for the later build steps, so content/ is
 * read once per build.
 */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The error lines of a check, one per problem. */
const errorLines = (result: CheckResult) =>
  result.reports.filter((report) => report.severity === 'error').map(formatReport);

export function contentCheck({ content }: { content: BuildContent }): AstroIntegration {
  let root = '';
  let latest: CheckResult | undefined;
  return {
    name: 'service-stories:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const started = performance.now();
        const result = content.check(root);
        latest = result;
        const { checked, reports, errors } = result;
        if (errors > 0 && command === 'build') {
          for (const report of reports) console.error(formatReport(report));
          console.error(
            `${plural(errors, 'content error')} in ${checked} files; nothing was built. ` +
              'Fix each line (file: field: what was expected), then build again; `npm run check:content` lists them in a second.',
          );
          // Exiting here, before Astro has written anything, keeps the report to those lines:
          // an error thrown from a hook is printed by Astro as a crash, with a stack trace.
          process.exit(1);
        }
        for (const report of reports) {
          if (report.severity === 'warning') logger.warn(formatReport(report));
          else logger.error(formatReport(report));
        }
        const took = Math.round(performance.now() - started);
        logger.info(
          `content checked: ${checked} files, ${errors} errors, ${reports.length - errors} warnings (${took} ms)`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.join(root, 'content') + path.sep;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir)) return;
          const before = latest ? errorLines(latest).join('\n') : '';
          latest = content.check(root);
          const now = errorLines(latest);
          if (now.join('\n') === before) return;
          for (const line of now) logger.error(line);
          if (now.length === 0) logger.info('content checked: no errors left');
          server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((request, response, next) => {
          const lines = latest ? errorLines(latest) : [];
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          if (lines.length === 0 || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(contentErrorPage(lines, server.config.base));
        });
      },
    },
  };
}
