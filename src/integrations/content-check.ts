import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../content-check/check-content.ts';
import type { BuildContent } from './build-content.ts';

/*
 * Runs the content checks before Astro reads a single entry. A production build with any content
 * error stops here, listing every problem as "file: field: expectation", so no page is written
 * for a broken entry. In dev the same lines are logged and the server keeps running. What it read
 * stays in `content` (build-content.ts) for the later build steps, so content/ is read once per build.
 */
export function contentCheck({ content }: { content: BuildContent }): AstroIntegration {
  return {
    name: 'service-stories:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const result = content.check(fileURLToPath(config.root));
        const { checked, reports, errors } = result;
        const failsBuild = errors > 0 && command === 'build';
        for (const report of reports) {
          if (report.severity === 'warning') logger.warn(formatReport(report));
          else if (!failsBuild) logger.error(formatReport(report));
        }
        if (failsBuild) {
          const list = reports.filter((report) => report.severity === 'error').map(formatReport);
          throw new Error(
            `${errors} content error${errors === 1 ? '' : 's'} in ${checked} files; nothing was built.\n` +
              `${list.join('\n')}\n` +
              'Fix each line (file: field: what was expected), then build again; `npm run check:content` lists them in a second.',
          );
        }
        const took = Math.round(performance.now() - started);
        logger.info(
          `content checked: ${checked} files, ${errors} errors, ${reports.length - errors} warnings (${took} ms)`,
        );
      },
    },
  };
}
