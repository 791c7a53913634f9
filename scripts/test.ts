import { spawn } from 'node:child_process';
import path from 'node:path';

/*
 * npm test: each step in turn, with a line as it starts and its time when it ends, stopping at
 * the first that fails. Steps that print nothing for a while (the type check, ESLint) get a line
 * saying they are still running, so the command is never silent for more than HEARTBEAT seconds;
 * vitest prints its own progress (tests/support/progress-reporter.ts).
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
  { name: 'astro check', command: process.execPath, args: [bin('astro/bin/astro.mjs'), 'check'] },
  { name: 'prettier', command: process.execPath, args: [bin('prettier/bin/prettier.cjs'), '--check', '.'] },
  { name: 'eslint', command: process.execPath, args: [bin('eslint/bin/eslint.js'), '.'] },
  { name: 'workflows', command: process.execPath, args: ['scripts/check-workflows.ts'] },
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

const started = performance.now();
for (const step of steps) {
  const code = await run(step);
  if (code !== 0) {
    console.log(`\nnpm test stopped at "${step.name}" after ${seconds(started)}.`);
    process.exit(code);
  }
}
console.log(`\nnpm test passed in ${seconds(started)}.`);
