import { checkAddresses } from './checks/addresses.ts';
import { checkBodyImages } from './checks/body-images.ts';
import { checkComponentsAndImports } from './checks/components.ts';
import { checkConsentExpiry, checkConsentRecorded } from './checks/consent.ts';
import type { ContentReport } from './checks/context.ts';
import { checkLinks, linkTargets } from './checks/links.ts';
import { checkMdxCompiles } from './checks/mdx.ts';
import { mdxTrees } from './checks/mdx-tree.ts';
import { checkPlaceholders } from './checks/placeholders.ts';
import { checkReadingPaths, readingPathFiles } from './checks/reading-paths.ts';
import { checkNoScripts } from './checks/scripts.ts';
import { checkTagsListed, pointToListedTags } from './checks/tags.ts';
import { formatProblem, validateContentFiles, type ContentFile } from './validate-files.ts';

/*
 * Everything an editor can get wrong in content/, found without a build: the schema problems from
 * validate-files.ts, MDX that does not compile, and what a schema alone cannot see across files
 * (duplicate addresses, tags not on content/tags.yaml, links to pages that will not exist, unfinished
 * scaffolds, reading paths, consent about to end). Each check lives in checks/.
 */

export type { ContentReport, Severity } from './checks/context.ts';

export interface CheckResult {
  /** How many files were read (MDX and reading paths), valid or not. */
  checked: number;
  /** The MDX files whose frontmatter is valid. */
  files: ContentFile[];
  reports: ContentReport[];
  errors: number;
  warnings: number;
}

export function formatReport(report: ContentReport): string {
  return report.severity === 'warning' ? `${formatProblem(report)} (warning)` : formatProblem(report);
}

/** Runs every content check over the project at `root`, as a production build at `now` would see it. */
export function checkContent(root: string, now = new Date()): CheckResult {
  const { files, problems, sources, unread } = validateContentFiles(root);
  const tags = checkTagsListed(root, files);
  const trees = mdxTrees(sources);
  const reports: ContentReport[] = [
    ...pointToListedTags(problems, sources, tags.listed).map((problem) => ({ ...problem, severity: 'error' as const })),
    ...checkMdxCompiles(sources),
    ...checkNoScripts(trees),
    ...checkComponentsAndImports(root, trees),
    ...checkBodyImages(root, trees),
    ...checkAddresses(files),
    ...tags.reports,
    ...checkLinks(files, linkTargets(root, files, now), now),
    ...checkPlaceholders(files, now),
    ...checkConsentRecorded(files),
    ...checkConsentExpiry(files, now),
    ...checkReadingPaths(root, files, now),
  ];
  // One file's lines together, errors first; within that, in the order the checks found them.
  reports.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
  const errors = reports.filter((report) => report.severity === 'error').length;
  const checked = sources.length + unread.length + readingPathFiles(root).length;
  return { checked, files, reports, errors, warnings: reports.length - errors };
}
