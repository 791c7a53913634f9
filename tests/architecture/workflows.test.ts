import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The GitHub workflows: `npm run lint` checks them against GitHub's schema (scripts/check-workflows.ts),
 * and they say what the README promises: every push and pull request runs the README's test
 * command, and nothing deploys without passing tests.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const workflows = path.join(root, '.github', 'workflows');
// Parsed YAML, read field by field in the tests below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Yaml = any;
const read = (name: string): Yaml => parse(readFileSync(path.join(workflows, name), 'utf8'));

async function checkWorkflows(folder: string): Promise<{ code: number; output: string }> {
  const script = path.join(root, 'scripts', 'check-workflows.ts');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, folder]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the workflow check in npm run lint', () => {
  it('passes the workflows we have', async () => {
    const result = await checkWorkflows(workflows);
    expect(result.output).toContain('2 workflow files match');
    expect(result.code).toBe(0);
  }, 30_000);

  it('fails a broken workflow, naming the file and what is wrong', async () => {
    const folder = path.join(root, '.tmp', 'broken-workflows');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    cpSync(path.join(workflows, 'deploy.yml'), path.join(folder, 'deploy.yml'));
    const broken = readFileSync(path.join(workflows, 'test.yml'), 'utf8').replace(/^ {4}steps:$/m, '    step:');
    expect(broken).toContain('    step:');
    writeFileSync(path.join(folder, 'test.yml'), broken);
    const result = await checkWorkflows(folder);
    expect(result.code).toBe(1);
    expect(result.output).toContain("test.yml: /jobs/test: Additional property 'step' is not allowed");
    expect(result.output).not.toContain('deploy.yml:');
    expect(result.output).toMatch(/1 problem\(s\); fix the workflow files above/);
  }, 30_000);
});

describe('the workflows', () => {
  it('test every push and pull request with the README command on ubuntu-latest and Node 20', () => {
    const test = read('test.yml');
    expect(Object.keys(test['on'])).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']));
    expect(test['on']['push']).toBeNull(); // every branch
    const job = test['jobs']['test'];
    expect(job['runs-on']).toBe('ubuntu-latest');
    const steps: Yaml[] = job['steps'];
    expect(steps.find((step) => step['uses']?.startsWith('actions/setup-node'))?.['with']['node-version']).toBe(20);
    expect(steps.at(-1)?.['run']).toBe('bash .ci/run');
    expect(readFileSync(path.join(root, '.ci', 'run'), 'utf8')).toContain(
      'npm install --no-audit --no-fund && npm test',
    );
  });

  it('deploy only after the tests pass, still daily and by hand', () => {
    const deploy = read('deploy.yml');
    expect(deploy['on']['workflow_run']).toEqual({ workflows: ['Test'], types: ['completed'], branches: ['main'] });
    expect(deploy['on']['schedule']).toEqual([{ cron: '15 5 * * *' }]);
    expect(Object.keys(deploy['on'])).toContain('workflow_dispatch');
    expect(Object.keys(deploy['on'])).not.toContain('push');
    const { test, build, deploy: publish } = deploy['jobs'];
    expect(test['uses']).toBe('./.github/workflows/test.yml');
    expect(build['needs']).toBe('test');
    expect(build['if']).toContain("needs.test.result == 'success'");
    expect(build['if']).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(publish['needs']).toBe('build');
  });
});
