import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { backgroundContentCheck, type BackgroundContentCheck } from './background-content-check.ts';
import { contentFingerprint, recordedCheck } from './check-record.ts';
import type { CheckSummary } from './check-summary.ts';
import type { BuildContent } from './build-content.ts';
import { contentErrorPage } from './content-error-page.ts';
import { loadAfterContentCheck } from '../schema/after-content-check.ts';

/*
 * Runs the content checks before Astro reads a single entry, in the same words as
 * `npm run check:content`. A production build with any content error prints one line per problem
 * ("file: field: what was expected") and exits 1 before any page is written: an error report, not
 * a crash, so no stack trace. A build starts the check without waiting for it: Astro sets up its
 * content layer meanwhile, and the collections' loaders wait for the check
 * (schema/after-content-check.ts). What a build's check read stays in `content` (build-content.ts)
 * for the later build steps, so content/ is read once per build.
 * In `astro dev` the check runs on a worker thread (background-content-check.ts), so the server
 * starts without waiting for it; it checks again whenever a file under content/ changes, and each
 * page request waits for the check of the files as they are. While any error stands every page is
 * answered with those lines (in Astro's error overlay when JavaScript runs); fixing the file
 * reloads the page. A dev server started on files the last check (a build's, or an earlier dev
 * server's) already read takes that check's answer instead of checking again (check-record.ts).
 */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The error lines of a check, one per problem. */
const errorLines = (summary: CheckSummary) =>
  summary.lines.filter((line) => line.severity === 'error').map((line) => line.text);

function logSummary(summary: CheckSummary, logger: AstroIntegrationLogger, reused = false): void {
  for (const { severity, text } of summary.lines) {
    if (severity === 'warning') logger.warn(text);
    else logger.error(text);
  }
  const { checked, errors, warnings, took } = summary;
  const how = reused ? 'the last check of the same files' : `${took} ms`;
  logger.info(`content checked: ${checked} files, ${errors} errors, ${warnings} warnings (${how})`);
}

export function contentCheck({ content }: { content: BuildContent }): AstroIntegration {
  let root = '';
  let checker: BackgroundContentCheck | undefined;
  // The check of content/ as last saved; page requests wait for it.
  let latest: Promise<CheckSummary> | undefined;
  // The build's check, which the content layer's loaders and the build's first page wait for.
  let checked: Promise<void> = Promise.resolve();
  return {
    name: 'service-stories:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        // Each check on the worker leaves its record in the cache folder (check-record.ts).
        const cacheDir = fileURLToPath(config.cacheDir);
        if (command === 'dev') {
          checker = backgroundContentCheck(root, cacheDir);
          const earlier = recordedCheck(cacheDir, contentFingerprint(root));
          if (earlier) {
            latest = Promise.resolve(earlier);
            logSummary(earlier, logger, true);
            return;
          }
          latest = checker.check();
          latest.then(
            (summary) => logSummary(summary, logger),
            (error: unknown) => logger.error(`the content check failed: ${String(error)}`),
          );
          return;
        }
        // Not awaited here: Astro sets up its content layer meanwhile, and its loaders wait for the
        // check (schema/after-content-check.ts), so the check's words come before any of Astro's.
        checked = content.check(root, cacheDir).then((summary) => {
          if (summary.errors > 0) {
            for (const { text } of summary.lines) console.error(text);
            console.error(
              `${plural(summary.errors, 'content error')} in ${summary.checked} files; nothing was built. ` +
                'Fix each line (file: field: what was expected), then build again; `npm run check:content` lists them in a second.',
            );
            // Exiting here, before Astro has read an entry, keeps the report to those lines: an
            // error thrown from a hook or a loader is printed by Astro as a crash, with a stack trace.
            process.exit(1);
          }
          logSummary(summary, logger);
        });
        // Reported where it is awaited (a loader, or astro:build:start), not as an unhandled rejection.
        checked.catch(() => undefined);
        loadAfterContentCheck(checked);
      },
      'astro:build:start': async () => {
        // Before anything reads the check's files (the cards) or writes a page, whatever the loaders did.
        await checked;
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
