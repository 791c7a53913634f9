import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { isVisible, publishState, unpublishedReason, type PublishState } from '../stories/publishing.ts';
import { suggestTagSlug, type Tag } from '../schema/tags.ts';
import { readingPathSchema } from '../schema/schemas.ts';
import {
  fieldName,
  formatProblem,
  validateContentFiles,
  type ContentFile,
  type ContentProblem,
} from './validate-files.ts';

/*
 * Everything an editor can get wrong in content/, found without a build: the schema problems from
 * validate-files.ts plus what a schema alone cannot see across files (duplicate addresses,
 * near-duplicate tags, links to pages that will not exist, unfinished scaffolds).
 */

export type Severity = 'error' | 'warning';

export interface ContentReport extends ContentProblem {
  severity: Severity;
}

export interface CheckResult {
  /** How many MDX files were read, valid or not. */
  checked: number;
  /** The files whose frontmatter is valid. */
  files: ContentFile[];
  reports: ContentReport[];
  errors: number;
  warnings: number;
}

export function formatReport(report: ContentReport): string {
  return report.severity === 'warning' ? `${formatProblem(report)} (warning)` : formatProblem(report);
}

interface Checked extends ContentFile {
  data: ContentFile['data'] & { draft: boolean; pubDate: Date; tags: Tag[] };
}

const urlOf = (file: { collection: string; id: string }) => `/${file.collection}/${file.id}/`;

/** Edit distance between two short strings (tags), for "did you mean" checks. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Whether two different tags differ only in punctuation, a plural or a small slip of spelling. */
export function tagsLookAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const key = (tag: string) => tag.replace(/[^a-z0-9]/g, '').replace(/s$/, '');
  if (key(a) === key(b)) return true;
  const shorter = Math.min(a.length, b.length);
  return editDistance(a, b) <= (shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0);
}

/**
 * Site paths that exist whatever the content: pages in src/pages without a [param], with a
 * trailing [...rest] standing for its folder (so articles/[...page].astro gives /articles/).
 */
export function staticRoutes(pagesDir: string): string[] {
  if (!existsSync(pagesDir)) return [];
  const routes: string[] = [];
  for (const name of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })) {
    const match = /^(.*)\.(astro|md|mdx|ts|js)$/.exec(name.split(path.sep).join('/'));
    if (!match?.[1] || name.includes('.test.')) continue;
    const isEndpoint = match[2] === 'ts' || match[2] === 'js';
    const segments = match[1].split('/');
    if (/^\[\.\.\.[^\]]+\]$/.test(segments.at(-1) ?? '')) segments.pop();
    if (segments.some((segment) => segment.includes('[')) || segments.at(-1) === '404') continue;
    if (isEndpoint) routes.push(`/${segments.join('/')}`);
    else {
      if (segments.at(-1) === 'index') segments.pop();
      routes.push(segments.length === 0 ? '/' : `/${segments.join('/')}/`);
    }
  }
  return routes.sort();
}

const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_LINK = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const HTML_LINK = /\bhref=["']([^"']+)["']/g;

/** Every link target written in a Markdown or MDX body, in order. */
export function linksIn(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const found: { index: number; url: string }[] = [];
  for (const pattern of [MARKDOWN_LINK, REFERENCE_LINK, HTML_LINK]) {
    for (const match of withoutCode.matchAll(pattern)) found.push({ index: match.index, url: match[1] ?? '' });
  }
  return found.sort((a, b) => a.index - b.index).map((link) => link.url);
}

const PLACEHOLDER = /\bTODO:/;

interface LinkTargets {
  published: Set<string>;
  unpublished: Map<string, { reason: string; state: PublishState }>;
}

function checkLink(url: string, targets: LinkTargets): { severity: Severity; message: string } | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url)) return undefined;
  if (!url.startsWith('/')) {
    return {
      severity: 'warning',
      message: `link "${url}" is relative: write the site path from the root, such as "/articles/…/"`,
    };
  }
  const pathname = url.replace(/[?#].*$/, '');
  if (targets.published.has(pathname)) return undefined;
  const target = targets.unpublished.get(pathname);
  // Consent runs out on its own, on the daily rebuild: that build must still go out (and withdraw
  // the story), so a link to it is a warning to act on rather than an error that stops the build.
  if (target)
    return {
      severity: target.state === 'consent-ended' ? 'warning' : 'error',
      message: `link "${url}" points to an entry that is ${target.reason}, so production has no such page`,
    };
  if (!pathname.endsWith('/') && targets.published.has(`${pathname}/`)) {
    return { severity: 'error', message: `link "${url}" needs a trailing slash: "${pathname}/"` };
  }
  let nearest = '';
  let best = Infinity;
  for (const candidate of targets.published) {
    const distance = editDistance(pathname, candidate);
    if (distance < best) [best, nearest] = [distance, candidate];
  }
  const hint = best <= Math.max(3, pathname.length / 4) ? `; did you mean "${nearest}"?` : '';
  return { severity: 'error', message: `link "${url}" points to no page on the site${hint}` };
}

/** Runs every content check over the project at `root`. */
export function checkContent(root: string, now = new Date()): CheckResult {
  const { files, problems } = validateContentFiles(root);
  const reports: ContentReport[] = problems.map((problem) => ({ ...problem, severity: 'error' }));
  const valid = files as Checked[];
  const production = { now, includeUnpublished: false };
  const published = valid.filter((file) => isVisible(file, production));

  // Two files that Astro would give the same address.
  const seen = new Map<string, string>();
  for (const file of valid) {
    const key = `${file.collection}/${file.id}`;
    const first = seen.get(key);
    if (first) {
      reports.push({
        file: file.file,
        field: 'file name',
        message: `has the same address ${urlOf(file)} as ${first}; rename one of the two files`,
        severity: 'error',
      });
    } else seen.set(key, file.file);
    const base = path.posix.basename(file.file, '.mdx');
    const expectedBase = file.id.split('/').at(-1);
    if (base !== 'index' && base !== expectedBase) {
      reports.push({
        file: file.file,
        field: 'file name',
        message: `becomes the address ${urlOf(file)}; rename the file to ${expectedBase}.mdx so the two match`,
        severity: 'warning',
      });
    }
  }

  // Tags that look like a tag other entries already use. Of two look-alikes, the one on more
  // entries (or, on a tie, the one used first) is taken as the existing tag.
  const tagUse = new Map<string, { count: number; first: string }>();
  for (const file of valid) {
    const order = `${file.data.pubDate.toISOString()} ${file.file}`;
    for (const tag of file.data.tags) {
      const use = tagUse.get(tag.slug);
      if (!use) tagUse.set(tag.slug, { count: 1, first: order });
      else {
        use.count += 1;
        if (order < use.first) use.first = order;
      }
    }
  }
  const outranks = (a: { count: number; first: string }, b: { count: number; first: string }) =>
    a.count > b.count || (a.count === b.count && a.first < b.first);
  for (const file of valid) {
    file.data.tags.forEach((tag, index) => {
      const own = tagUse.get(tag.slug);
      const existing = [...tagUse].find(
        ([other, use]) => own && outranks(use, own) && tagsLookAlike(tag.slug, other),
      )?.[0];
      if (existing) {
        reports.push({
          file: file.file,
          field: `tags[${index}]`,
          message: `"${tag.slug}" looks like the existing tag "${existing}"; use that one unless you mean a new tag`,
          severity: 'warning',
        });
      }
    });
  }
  for (const report of reports) {
    const index = /^tags\[(\d+)\]$/.exec(report.field)?.[1];
    if (report.severity !== 'error' || index === undefined) continue;
    const raw = rawTag(root, report.file, Number(index));
    const suggestion = raw === undefined ? '' : suggestTagSlug(raw);
    if (raw !== undefined && tagUse.has(suggestion)) {
      report.message = `"${raw}" looks like the existing tag "${suggestion}"; write it as ${suggestion}`;
    }
  }

  // Links in bodies, and scaffolds that were never finished.
  const targets: LinkTargets = {
    published: new Set([
      ...staticRoutes(path.join(root, 'src', 'pages')),
      ...published.map(urlOf),
      ...published.flatMap((file) => file.data.tags.map((tag) => `/tags/${tag.slug}/`)),
    ]),
    unpublished: new Map(
      valid
        .filter((file) => !isVisible(file, production))
        .map((file) => [urlOf(file), { reason: unpublishedReason(file, now) ?? '', state: publishState(file, now) }]),
    ),
  };
  for (const file of valid) {
    const isDraft = !isVisible(file, production);
    for (const url of linksIn(file.body)) {
      const problem = checkLink(url, targets);
      if (problem) {
        const severity = isDraft ? 'warning' : problem.severity;
        reports.push({ file: file.file, field: 'body', message: problem.message, severity });
      }
    }
    if (file.collection === 'testimonials' && !file.data['composite'] && !file.data['consent']) {
      // Only a draft gets this far without either (the schema refuses a published one): a reader's
      // story from /share/, waiting for the editors to agree consent with its writer.
      reports.push({
        file: file.file,
        field: 'consent',
        message:
          'not recorded yet: agree consent with the writer, then add consent with given, name and, if agreed, expires before removing draft: true',
        severity: 'warning',
      });
    }
    if (!isDraft) {
      const unfinished = Object.entries(file.data)
        .filter(([, value]) => typeof value === 'string' && PLACEHOLDER.test(value))
        .map(([field]) => field);
      if (PLACEHOLDER.test(file.body)) unfinished.push('body');
      for (const field of unfinished) {
        reports.push({
          file: file.file,
          field,
          message:
            'still contains a "TODO:" placeholder from the scaffold; finish it, or keep draft: true until it is ready',
          severity: 'error',
        });
      }
    }
  }

  const paths = checkReadingPaths(root, valid, production);
  reports.push(...paths.reports);

  reports.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
  const errors = reports.filter((report) => report.severity === 'error').length;
  const checked = files.length + new Set(problems.map((problem) => problem.file)).size + paths.checked;
  return { checked, files, reports, errors, warnings: reports.length - errors };
}

function rawTag(root: string, file: string, index: number): string | undefined {
  try {
    const { frontmatter } = parseFrontmatter(readFileSync(path.join(root, file), 'utf8'));
    const tags = (frontmatter as { tags?: unknown }).tags;
    const value = Array.isArray(tags) ? (tags[index] as unknown) : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const READING_PATHS_FOLDER = 'content/reading-paths';

/** Reading paths: valid YAML with the path schema, naming entries that exist and will be published. */
function checkReadingPaths(
  root: string,
  valid: Checked[],
  production: { now: Date; includeUnpublished: boolean },
): { reports: ContentReport[]; checked: number } {
  const folder = path.join(root, READING_PATHS_FOLDER);
  if (!existsSync(folder)) return { reports: [], checked: 0 };
  const byKey = new Map(valid.map((file) => [`${file.collection}/${file.id}`, file]));
  const reports: ContentReport[] = [];
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  for (const name of names) {
    const file = path.posix.join(READING_PATHS_FOLDER, name.split(path.sep).join('/'));
    let data: unknown;
    try {
      data = parseFrontmatter(`---\n${readFileSync(path.join(folder, name), 'utf8')}\n---\n`).frontmatter;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      reports.push({ file, field: 'file', message: `expected valid YAML: ${reason}`, severity: 'error' });
      continue;
    }
    const result = readingPathSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        reports.push({ file, field: fieldName(issue.path), message: issue.message, severity: 'error' });
      }
      continue;
    }
    result.data.entries.forEach((key, index) => {
      const entry = byKey.get(key);
      const field = `entries[${index}]`;
      if (!entry) {
        reports.push({
          file,
          field,
          message: `"${key}" names no entry: expected a file at content/${key}.mdx`,
          severity: 'error',
        });
      } else if (!isVisible(entry, production)) {
        reports.push({
          file,
          field,
          message: `"${key}" is ${unpublishedReason(entry, production.now)}; the path skips it until it is published`,
          severity: 'warning',
        });
      }
    });
  }
  return { reports, checked: names.length };
}
