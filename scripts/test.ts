import { spawn } from 'node:child_process';
import path from 'node:path';

/*
 * npm test: each step in turn, with a line as it starts and its time when it ends, stopping at
 * the first that fails. A step that prints nothing for a while gets a line saying it is still
 * running, so the command is never silent for more than HEARTBEAT seconds; vitest prints its own
 * progress (tests/support/progress-reporter.ts). Prettier, ESLint, the workflow check and the type
 * check only read the project (the type check rewrites the types `astro sync` wrote, unchanged;
 * the tests build in copies under .tmp/), so they run one after another while vitest does, on the
 * CPU its waits for browsers and builds leave idle; what they print is shown, with their times,
 * once vitest ends.
 */

const HEARTBEAT_SECONDS = 20;
const projectRoot = path.resolve(import.meta.dirname, '..');
/** A package's own command, run with the Node that runs this script (node_modules/.bin would use the one on PATH). */
const bin = (file: string) => path.join(projectRoot, 'node_modules', file);

interface Step {
  name: string;
  command: string;
  args: string[];
  /** The step shows its own progress on the terminal. */
  ownProgress?: boolean;
  /** The step runs while vitest runs, its output held back until vitest ends. */
  besideVitest?: boolean;
}

const steps: Step[] = [
  {
    name: 'browsers, nginx and Java for the tests',
    command: process.execPath,
    args: ['scripts/install-test-tools.ts'],
  },
  { name: 'content check', command: process.execPath, args: ['scripts/check-content.ts'] },
  { name: 'astro sync', command: process.execPath, args: [bin('astro/bin/astro.mjs'), 'sync'] },
  {
    name: 'vitest',
    command: process.execPath,
    args: [bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
    ownProgress: true,
  },
  {
    name: 'prettier',
    command: process.execPath,
    args: [bin('prettier/bin/prettier.cjs'), '--check', '.'],
    besideVitest: true,
  },
  { name: 'eslint', command: process.execPath, args: [bin('eslint/bin/eslint.js'), '.'], besideVitest: true },
  { name: 'workflows', command: process.execPath, args: ['scripts/check-workflows.ts'], besideVitest: true },
  {
    name: 'astro check',
    command: process.execPath,
    args: [bin('astro/bin/astro.mjs'), 'check'],
    besideVitest: true,
  },
];

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    let lastOutput = started;
    console.log(`\n▶ ${step.name}`);
    const child = spawn(step.command, step.args, {
      cwd: projectRoot,
      stdio: step.ownProgress ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      lastOutput = performance.now();
      target.write(chunk);
    };
    child.stdout?.on('data', forward(process.stdout));
    child.stderr?.on('data', forward(process.stderr));
    const timer = setInterval(() => {
      if (step.ownProgress || performance.now() - lastOutput < HEARTBEAT_SECONDS * 1000) return;
      console.log(`… ${step.name} still running (${seconds(started)})`);
      lastOutput = performance.now();
    }, 1_000);
    child.on('close', (code) => {
      clearInterval(timer);
      console.log(`■ ${step.name}: ${code === 0 ? 'done' : `failed (exit ${code})`} in ${seconds(started)}`);
      resolve(code ?? 1);
    });
  });
}

/** Runs a step quietly, keeping what it prints, for a step that runs beside vitest. */
function runHeld(step: Step): Promise<{ step: Step; code: number; output: string; took: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(step.command, step.args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ step, code: code ?? 1, output, took: seconds(started) }));
  });
}

async function runBeside(held: Step[]) {
  const results = [];
  for (const step of held) results.push(await runHeld(step));
  return results;
}

const started = performance.now();
const stop = (step: Step, code: number) => {
  console.log(`\nnpm test stopped at "${step.name}" after ${seconds(started)}.`);
  process.exit(code);
};
const held = steps.filter((step) => step.besideVitest);
let beside: ReturnType<typeof runBeside> | undefined;
for (const step of steps.filter((candidate) => !candidate.besideVitest)) {
  if (step.name === 'vitest') {
    console.log(`\n(${held.map(({ name }) => name).join(', ')}: running beside vitest, reported when it ends)`);
    beside = runBeside(held);
  }
  const code = await run(step);
  if (step.name === 'vitest' && beside) {
    for (const result of await beside) {
      console.log(`\n▶ ${result.step.name} (beside vitest)`);
      if (result.output) process.stdout.write(result.output);
      console.log(
        `■ ${result.step.name}: ${result.code === 0 ? 'done' : `failed (exit ${result.code})`} in ${result.took}`,
      );
      if (code === 0 && result.code !== 0) stop(result.step, result.code);
    }
  }
  if (code !== 0) stop(step, code);
}
console.log(`\nnpm test passed in ${seconds(started)}.`);
