import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule, TestSpecification, Vitest } from 'vitest/node';

/*
 * What a long test run says while it runs: a line when each group of test files starts (a
 * vitest project: "unit", or a folder under tests/ such as "browser"), a line with its time when
 * its last file ends, and, whenever nothing has been printed for HEARTBEAT seconds, which files
 * are still running and for how long, so the run is never silent for longer than that.
 *
 * It also keeps each file's wall-clock time, from its start to its end with its set-up hooks
 * (vitest's JSON report starts a file's time at its first test, so a file that builds in
 * beforeAll looked instantaneous there), and writes them to FILE_TIMES for scripts/test-times.ts.
 */

const HEARTBEAT_SECONDS = 20;
const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Where the run's file times go: one row per test file. */
export const FILE_TIMES = path.join(projectRoot, '.tmp', 'test-file-times.json');

export interface FileTime {
  /** Relative to the project. */
  file: string;
  group: string;
  /** Since the run started, and from the file's start to its end, hooks included. */
  startSeconds: number;
  seconds: number;
  tests: number;
  state: string;
}

/** The group of a test file is its vitest project, named for the folder under tests/ (or "unit"). */
const testGroup = (specification: TestSpecification | TestModule) => specification.project.name;

interface GroupState {
  files: number;
  done: number;
  started?: number;
}

const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;

export default class ProgressReporter implements Reporter {
  private log: (message: string) => void = (message) => console.log(message);
  private groups = new Map<string, GroupState>();
  private running = new Map<string, number>();
  private times: FileTime[] = [];
  private lastOutput = performance.now();
  private runStarted = performance.now();
  private timer: NodeJS.Timeout | undefined;

  onInit(vitest: Vitest): void {
    this.log = (message) => vitest.logger.log(message);
  }

  onTestRunStart(specifications: readonly TestSpecification[]): void {
    this.groups.clear();
    this.running.clear();
    this.times = [];
    for (const specification of specifications) {
      const group = testGroup(specification);
      const state = this.groups.get(group) ?? { files: 0, done: 0 };
      state.files += 1;
      this.groups.set(group, state);
    }
    this.runStarted = performance.now();
    this.say(
      `▶ ${specifications.length} test files in ${this.groups.size} group${this.groups.size === 1 ? '' : 's'}: ${[
        ...this.groups,
      ]
        .map(([name, state]) => `${name} ${state.files}`)
        .join(', ')}`,
    );
    this.timer = setInterval(() => this.heartbeat(), 5_000);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    const group = testGroup(module);
    const state = this.groups.get(group);
    if (state && state.started === undefined) {
      state.started = performance.now();
      this.say(`▶ ${group}: ${state.files} file${state.files === 1 ? '' : 's'} starting`);
    }
    this.running.set(module.moduleId, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    const started = this.running.get(module.moduleId) ?? this.runStarted;
    this.times.push({
      file: path.relative(projectRoot, module.moduleId),
      group: testGroup(module),
      startSeconds: Math.round((started - this.runStarted) / 100) / 10,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      tests: [...module.children.allTests()].length,
      state: module.state(),
    });
    this.running.delete(module.moduleId);
    this.lastOutput = performance.now();
    const group = testGroup(module);
    const state = this.groups.get(group);
    if (!state) return;
    state.done += 1;
    if (state.done === state.files) {
      this.say(
        `■ ${group}: ${state.files} file${state.files === 1 ? '' : 's'} done in ${seconds(state.started ?? this.runStarted)}`,
      );
    }
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
    mkdirSync(path.dirname(FILE_TIMES), { recursive: true });
    writeFileSync(FILE_TIMES, `${JSON.stringify(this.times, null, 1)}\n`);
  }

  private heartbeat(): void {
    if (performance.now() - this.lastOutput < HEARTBEAT_SECONDS * 1000) return;
    if (this.running.size === 0) {
      this.say(
        `… ${seconds(this.runStarted)} into the run, no test file started yet (the global set-up builds the site)`,
      );
      return;
    }
    const files = [...this.running]
      .map(([file, started]) => `${path.relative(projectRoot, file)} (${seconds(started)})`)
      .join(', ');
    this.say(`… still running: ${files}`);
  }

  private say(message: string): void {
    this.log(message);
    this.lastOutput = performance.now();
  }
}
