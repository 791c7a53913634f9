import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from '../validate-files.ts';
import { contentPaths } from './content-paths.ts';
import { publishState, unpublishedReason, type PublishState } from '../../stories/publishing.ts';
import { isPublished, type ContentReport, type Severity } from './context.ts';
import { editDistance } from './tags.ts';

/*
 * Links in story bodies that production would leave dangling: to no page, to a draft or a
 * scheduled entry, or without the trailing slash every page address has.
 */

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
  // Images are files, not pages: checkBodyImages looks for them.
  const withoutCode = body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  const found: { index: number; url: string }[] = [];
  for (const pattern of [MARKDOWN_LINK, REFERENCE_LINK, HTML_LINK]) {
    for (const match of withoutCode.matchAll(pattern)) found.push({ index: match.index, url: match[1] ?? '' });
  }
  return found.sort((a, b) => a.index - b.index).map((link) => link.url);
}

export interface LinkTargets {
  /** Every path a production build will have. */
  published: Set<string>;
  /** Entry paths production leaves out, with why ("a draft") in words and as a state. */
  unpublished: Map<string, { reason: string; state: PublishState }>;
}

/** The paths production will have, and those of entries it leaves out, as of `now`. */
export function linkTargets(root: string, files: readonly ContentFile[], now: Date): LinkTargets {
  const published = files.filter((file) => isPublished(file, now));
  return {
    published: new Set([
      ...staticRoutes(path.join(root, 'src', 'pages')),
      ...published.map((file) => contentPaths.entryUrl(file)),
      ...published.flatMap((file) => file.data.tags.map((tag) => contentPaths.tagUrl(tag.slug))),
    ]),
    unpublished: new Map(
      files
        .filter((file) => !isPublished(file, now))
        .map((file) => [
          contentPaths.entryUrl(file),
          { reason: unpublishedReason(file, now) ?? '', state: publishState(file, now) },
        ]),
    ),
  };
}

/** What is wrong with one link, if anything. */
export function linkProblem(url: string, targets: LinkTargets): { severity: Severity; message: string } | undefined {
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
  if (target) {
    // Consent runs out on its own, on the daily rebuild: that build must still go out (and withdraw
    // the story), so a link to it is a warning to act on rather than an error that stops the build.
    return {
      severity: target.state === 'consent-ended' ? 'warning' : 'error',
      message: `link "${url}" points to an entry that is ${target.reason}, so production has no such page`,
    };
  }
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

/** Every broken link in every body; in an unpublished entry they are only warnings, as nothing is live yet. */
export function checkLinks(files: readonly ContentFile[], targets: LinkTargets, now: Date): ContentReport[] {
  return files.flatMap((file) =>
    linksIn(file.body).flatMap((url): ContentReport[] => {
      const problem = linkProblem(url, targets);
      if (!problem) return [];
      const severity = isPublished(file, now) ? problem.severity : 'warning';
      return [{ file: file.file, field: 'body', message: problem.message, severity }];
    }),
  );
}
