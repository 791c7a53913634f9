/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { SlowFirstSequencer } from './tests/support/slow-first-sequencer.ts';

/*
 * Test files are grouped by what they need (see docs/testing.md): the unit tests beside the code,
 * then under tests/ the built site's files, a browser, builds of their own, a CLI, or nginx. The
 * site is built once, in the global set-up that every project below shares. All groups but
 * Lighthouse run together, on WORKERS files at a time: most of a site test's time is spent waiting
 * for a child process (a build, Chromium, nginx), so one more worker than cores keeps both cores
 * busy. Lighthouse times page loads, so it runs last and alone.
 */

// Four gave no gain on the 2-core CI machine (2026-12-07: the vitest step took 733 s against 728 s with three).
const WORKERS = 3;
const siteProject = (name: string, include: string[]) => ({
  extends: true as const,
  test: {
    name,
    include,
    globalSetup: ['tests/support/global-setup.ts'],
    maxWorkers: WORKERS,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});

export default getViteConfig({
  test: {
    // The JSON report feeds the per-file time table that .ci/run prints.
    reporters: ['default', './tests/support/progress-reporter.ts', 'json'],
    outputFile: { json: '.tmp/vitest-results.json' },
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
            'tests/support/**/*.test.ts',
          ],
          maxWorkers: WORKERS,
          // A few unit tests start a process (ESLint, Node); three files at a time, 5 s was too short.
          testTimeout: 30_000,
        },
      },
      siteProject('built-site', ['tests/built-site/**/*.test.ts']),
      siteProject('browser', ['tests/browser/**/*.test.ts']),
      siteProject('builds', ['tests/builds/**/*.test.ts']),
      siteProject('cli', ['tests/cli/**/*.test.ts']),
      siteProject('server', ['tests/server/**/*.test.ts']),
      {
        extends: true,
        test: {
          // Performance is timed, so Lighthouse runs alone: a group order of its own keeps every
          // other test file waiting (next to a build or another browser, its scores fell by up to 0.1).
          name: 'lighthouse',
          include: ['tests/lighthouse/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
