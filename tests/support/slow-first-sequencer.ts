import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * The order in which test files start: the longest first, whatever their group, so that the
 * quick ones fill the gaps at the end instead of a long file starting last and keeping everyone
 * waiting (on two cores, the axe sweep alone once decided the end of the run by starting late).
 * How long a file takes comes from vitest's record of the last run on this machine; on a fresh
 * clone, which has none, from TYPICAL_SECONDS, measured on the 2-core CI machine. A stale figure
 * only costs time, never a result. Lighthouse keeps its later `sequence.groupOrder`: it runs alone.
 */

/** Seconds each slow file took in `bash .ci/run` on 2026-12-07 (set-up hooks included), slowest first. */
export const TYPICAL_SECONDS: Record<string, number> = {
  'tests/builds/incremental-equals-clean.test.ts': 290,
  'tests/browser/quality.test.ts': 200,
  'tests/browser/layout-and-theme.test.ts': 96,
  'tests/browser/lighthouse-audits.test.ts': 72,
  'tests/builds/sub-path.test.ts': 58,
  'tests/builds/dev-preview.test.ts': 48,
  'tests/cli/new.test.ts': 48,
  'tests/browser/front-page.test.ts': 47,
  'tests/builds/build-once.test.ts': 46,
  'tests/browser/firefox-pages.test.ts': 46,
  'tests/browser/story-first-screen.test.ts': 44,
  'tests/browser/feed-view.test.ts': 40,
  'tests/browser/story-type.test.ts': 36,
  'tests/server/nginx.test.ts': 35,
  'tests/builds/hostile-strings.test.ts': 33,
};

/** Groups in order of how long their files usually take, for files of equal expected time. */
export const PROJECT_ORDER = ['builds', 'browser', 'server', 'cli', 'built-site', 'unit', 'lighthouse'];

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const rank = (specification: TestSpecification) => {
  const index = PROJECT_ORDER.indexOf(specification.project.name);
  return index === -1 ? PROJECT_ORDER.length : index;
};

export class SlowFirstSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const expected = (specification: TestSpecification): number => {
      const last = cache.getTestSpecificationResult(specification);
      if (last) return last.duration / 1000;
      return TYPICAL_SECONDS[path.relative(projectRoot, specification.moduleId).split(path.sep).join('/')] ?? 0;
    };
    return Promise.resolve(
      [...files].sort(
        (a, b) =>
          a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
          expected(b) - expected(a) ||
          rank(a) - rank(b) ||
          a.moduleId.localeCompare(b.moduleId),
      ),
    );
  }
}
