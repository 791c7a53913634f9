import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eachAtMost } from '../../src/integrations/each-at-most.ts';
import { distDifferences } from '../support/dist-diff.ts';
import { buildProject, MAIN_BUILD_TIME_ZONE, projectRoot } from '../support/project-copy.ts';

/*
 * Astro's incremental build copies every page whose code and cacheKey are unchanged from the last
 * build. This proves that what it gives is what a clean build gives: for each kind of change, a
 * warm build after the change and a clean build of the same project must write byte-identical
 * output folders, every file. A key that leaves out one thing a page shows makes that page stale,
 * and the comparison names it.
 *
 * The warm builds go on from the shared test build, copied back to the folder it was made in
 * (`builtAt`): Astro's page cache holds only there, because it hashes each route's modules by their
 * absolute paths. A clean build starts from a copy of the shared build that keeps only its caches
 * of drawn images (Astro's assets/ and our og/ cards, keyed by what they draw): no incremental
 * manifest, no stored pages, no content-layer store, no compressed copies. The chain of warm builds
 * runs beside the clean builds, two builds at a time.
 *
 * The changes run in one chain. Content changes share a step only where they touch different
 * stories, so one cannot hide another's stale page; code and config changes, each of which
 * re-renders whole routes, get a step each, after the content changes.
 */

interface Step {
  name: string;
  change: (root: string) => void;
  /** Environment for this build and every later one in the chain. */
  env?: Record<string, string>;
  /** Whether some pages must be reused, so the comparison is not one of two clean builds. */
  reuses: boolean;
  /** Whether the same story pages are built as before, so the search index goes on from the last build's. */
  samePages: boolean;
}

const DAY = 86_400_000;
const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
const shiftClock = path.join(projectRoot, 'tests', 'support', 'shift-clock.ts');

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const target = path.join(root, file);
  const text = readFileSync(target, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: found nothing to change for ${String(from)}`);
  writeFileSync(target, changed);
}

const newArticle = `---
title: "Fixture: a story added between two builds"
description: "An article that arrives after the first build."
pubDate: 2026-05-15
tags: [careers, teamwork]
---

## Added later

An article added between two builds. Marker: INCREMENTAL-NEW-ARTICLE.
`;

const consentTestimonial = `---
name: "Crastina"
headline: "Told with permission that runs out tomorrow"
role: "Support lead"
startedAs: "Café counter"
yearsInService: 6
channels: [social]
employer: hospitality
workMode: remote
quote: "I stayed for the people."
pubDate: 2025-03-01
tags: [careers, consent-ends-tomorrow]
consent:
  given: 2025-01-15
  expires: ${tomorrow}
  name: real
---

## My story

Told with permission until tomorrow. Marker: INCREMENTAL-CONSENT-BODY.
`;

const steps: Step[] = [
  {
    name: "one article's body, another's title, a tag added to a third, a reading path reordered",
    reuses: true,
    samePages: true,
    change: (root) => {
      appendFileSync(
        path.join(root, 'content/articles/service-for-life.mdx'),
        '\nOne more sentence, added between two builds.\n',
      );
      edit(
        root,
        'content/articles/burnout-in-the-queue.mdx',
        /^title: .*$/m,
        'title: "Burnout in the queue: the warning signs, and when to go"',
      );
      edit(root, 'content/articles/will-ai-take-my-support-job.mdx', /^tags: \[/m, 'tags: [resilience, ');
      edit(
        root,
        'content/reading-paths/start-here.yaml',
        '  - articles/getting-hired-in-customer-service\n  - articles/before-you-join-customer-care\n',
        '  - articles/before-you-join-customer-care\n  - articles/getting-hired-in-customer-service\n',
      );
    },
  },
  {
    name: 'a new article, a new testimonial, a deleted article and a draft published',
    reuses: true,
    samePages: false,
    change: (root) => {
      writeFileSync(path.join(root, 'content/articles/fixture-incremental-new.mdx'), newArticle);
      writeFileSync(path.join(root, 'content/testimonials/fixture-consent-ends-tomorrow.mdx'), consentTestimonial);
      rmSync(path.join(root, 'content/articles/will-ai-take-my-support-job.mdx'));
      edit(
        root,
        'content/reading-paths/hours-home-and-hard-days.yaml',
        '  - articles/will-ai-take-my-support-job\n',
        '',
      );
      edit(root, 'content/articles/fixture-draft-article.mdx', /^draft: true\n/m, '');
    },
  },
  {
    name: "the next day, when a testimonial's consent has ended (no file changed)",
    reuses: true,
    samePages: false,
    change: () => undefined,
    env: { NODE_OPTIONS: `--import=${shiftClock}`, SHIFT_CLOCK_DAYS: '1' },
  },
  {
    name: "a component's markup (the story card)",
    reuses: true,
    samePages: true,
    change: (root) =>
      edit(
        root,
        'src/components/StoryCard.astro',
        '<p class="card__kind">{kind}</p>',
        '<p class="card__kind">{kind}:</p>',
      ),
  },
  {
    name: 'the global CSS',
    reuses: true,
    samePages: true,
    change: (root) =>
      appendFileSync(path.join(root, 'src/styles/global.css'), '\n.card__kind {\n  letter-spacing: 0.01em;\n}\n'),
  },
  {
    name: 'SITE_URL and SITE_BASE',
    reuses: false,
    samePages: true,
    change: () => undefined,
    env: { SITE_URL: 'https://stories.example.net', SITE_BASE: '/stories' },
  },
];

/**
 * What is kept between builds: dropped for a clean build, except the caches of drawn images. The
 * compressed copies, the record of pages already read for scripts and the stored story texts
 * (llms-full.txt's) go too, so that a clean build compresses, reads and renders every file itself.
 */
const PAGE_CACHES = [
  'incremental-build.json',
  'dist',
  'data-store.json',
  'previous-output',
  'precompressed',
  'script-scan.json',
  'stored-texts',
];

/** A copy of the shared build in `root`, whole, or with only its image caches for a clean build. */
function copyBuilt(from: string, root: string, { clean }: { clean: boolean }): string {
  rmSync(root, { recursive: true, force: true });
  const astroCache = path.join(from, 'node_modules', '.astro');
  cpSync(from, root, {
    recursive: true,
    filter: (source) => {
      if (!clean) return true;
      if (source === path.join(from, 'dist')) return false;
      return !PAGE_CACHES.some((name) => source === path.join(astroCache, name));
    },
  });
  return root;
}

interface Built {
  dist: string;
  output: string;
}

async function build(root: string, env: Record<string, string>, keepAs: string): Promise<Built> {
  const result = await buildProject(root, { TZ: MAIN_BUILD_TIME_ZONE, ...env });
  if (result.code !== 0) throw new Error(`build in ${root} failed (${result.code}):\n${result.output.slice(-4000)}`);
  const dist = path.join(root, keepAs);
  rmSync(dist, { recursive: true, force: true });
  // A copy, not a move: the next warm build can find this output in dist/, as a second build on
  // the same machine does, and start from its pages (previous-output.ts, kept-pages.ts, the search index).
  cpSync(path.join(root, 'dist'), dist, { recursive: true });
  return { dist, output: result.output };
}

const stepEnv = (upTo: number) => Object.assign({}, ...steps.slice(0, upTo + 1).map((s) => s.env ?? {}));

const warm = new Map<number, Built>();
const clean = new Map<number, Built>();

beforeAll(async () => {
  const builtRoot = inject('builtRoot');
  const jobs: (() => Promise<void>)[] = [
    async () => {
      const root = copyBuilt(builtRoot, inject('builtAt'), { clean: false });
      for (const [index, step] of steps.entries()) {
        step.change(root);
        // Every other build starts as a deploy does, with Astro's cache folder and no dist/ (Astro
        // then restores reused pages from its own copy); the others from the last build's dist/.
        if (index % 2 === 1) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
        warm.set(index, await build(root, stepEnv(index), `dist-after-${index}`));
      }
    },
  ];
  for (const index of steps.keys()) {
    jobs.push(async () => {
      const root = copyBuilt(builtRoot, path.join(projectRoot, '.tmp', `incremental-clean-${index}`), { clean: true });
      for (const step of steps.slice(0, index + 1)) step.change(root);
      clean.set(index, await build(root, stepEnv(index), 'dist-clean'));
    });
  }
  // Two builds at a time: the machine has two cores and a build keeps one of them busy.
  await eachAtMost(2, jobs, (job) => job());
}, 600_000);

const summary = (output: string) => {
  const match = /pages: (\d+) rendered, (\d+) reused/.exec(output);
  if (!match) throw new Error(`no build summary line in:\n${output.slice(-2000)}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
};

describe('a warm build going on from the last', () => {
  it.each(steps.map((step, index) => [step.name, index, step] as const))(
    'after %s, writes what a clean build writes',
    (_name, index, step) => {
      const after = warm.get(index);
      const reference = clean.get(index);
      if (!after || !reference) throw new Error('a build of this step did not run');
      const { rendered, reused } = summary(after.output);
      expect(rendered).toBeGreaterThan(0);
      if (step.reuses) expect(reused, 'the warm build reused no page, so it proves nothing').toBeGreaterThan(0);
      else expect(reused).toBe(0);
      // The search index starts from the last build's story pages unless a story came or went.
      const early = /indexed \d+ story pages in \d+ ms; \d+ of them unchanged since the last build's output/;
      if (step.samePages) expect(after.output).toMatch(early);
      else expect(after.output).not.toMatch(early);
      expect(distDifferences(after.dist, reference.dist)).toEqual([]);
    },
  );
});
