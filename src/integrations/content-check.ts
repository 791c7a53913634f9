import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { backgroundContentCheck, type BackgroundContentCheck } from './background-content-check.ts';
import type { CheckSummary } from './check-summary.ts';
import type { BuildContent } from './build-content.ts';
import { contentErrorPage } from './content-error-page.ts';

/*
 * Runs the content checks before Astro reads a single entry, in the same words as
 * `npm run check:content`. A production build with any content error prints one line per problem
 * ("file: field: what was expected") and exits 1 before any page is written: an error report, not
 * a crash, so no stack trace. What a build's check read stays in `content` (build-content.ts) for
 * the later build steps, so content/ is read once per build.
 * In `astro dev` the check runs on a worker thread (background-content-check.ts), so the server
 * starts without waiting for it; it checks again whenever a file under content/ changes, and each
 * page request waits for the check of the files as they are. While any error stands every page is
 * answered with those lines (in Astro's error overlay when JavaScript runs); fixing the file
 * reloads the page.
 */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The error lines of a check, one per problem. */
const errorLines = (summary: CheckSummary) =>
  summary.lines.filter((line) => line.severity === 'error').map((line) => line.text);

function logSummary(summary: CheckSummary, logger: AstroIntegrationLogger): void {
  for (const { severity, text } of summary.lines) {
    if (severity === 'warning') logger.warn(text);
    else logger.error(text);
  }
  const { checked, errors, warnings, took } = summary;
  logger.info(`content checked: ${checked} files, ${errors} errors, ${warnings} warnings (${took} ms)`);
}

export function contentCheck({ content }: { content: BuildContent }): AstroIntegration {
  let root = '';
  let checker: BackgroundContentCheck | undefined;
  // The check of content/ as last saved; page requests wait for it.
  let latest: Promise<CheckSummary> | undefined;
  return {
    name: 'service-stories:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        if (command === 'dev') {
          checker = backgroundContentCheck(root);
          latest = checker.check();
          latest.then(
            (summary) => logSummary(summary, logger),
            (error: unknown) => logger.error(`the content check failed: ${String(error)}`),
          );
          return;
        }
        const summary = await content.check(root);
        if (summary.errors > 0) {
          for (const { text } of summary.lines) console.error(text);
          console.error(
            `${plural(summary.errors, 'content error')} in ${summary.checked} files; nothing was built. ` +
              'Fix each line (file: field: what was expected), then build again; `npm run check:content` lists them in a second.',
          );
          // Exiting here, before Astro has written anything, keeps the report to those lines:
          // an error thrown from a hook is printed by Astro as a crash, with a stack trace.
          process.exit(1);
        }
        logSummary(summary, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.join(root, 'content') + path.sep;
        server.watcher.on('all', (_event, file) => {
          if (!checker || !file.startsWith(contentDir)) return;
          const before = latest;
          latest = checker.check();
          Promise.all([before, latest]).then(
            ([previous, now]) => {
              const previousLines = previous ? errorLines(previous) : [];
              const lines = errorLines(now);
              if (lines.join('\n') === previousLines.join('\n')) return;
              for (const line of lines) logger.error(line);
              if (lines.length === 0) logger.info('content checked: no errors left');
              server.ws.send({ type: 'full-reload' });
            },
            (error: unknown) => logger.error(`the content check failed: ${String(error)}`),
          );
        });
        server.middlewares.use((request, response, next) => {
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          if (!wantsPage || !latest) return next();
          latest.then(
            (summary) => {
              const lines = errorLines(summary);
              if (lines.length === 0) return next();
              response.statusCode = 500;
              response.setHeader('Content-Type', 'text/html; charset=utf-8');
              response.end(contentErrorPage(lines, server.config.base));
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:server:done': async () => {
        await checker?.close();
      },
    },
  };
}
