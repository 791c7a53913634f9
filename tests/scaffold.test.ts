import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentFiles } from '../src/editorial/validate-files.ts';
import { buildProject, childEnv, copyProject, projectRoot } from './support/project-copy.ts';

/*
 * `npm run new` as an editor runs it, in a scratch copy of the project: it creates valid drafts,
 * refuses to overwrite, rejects bad arguments, and what it creates builds and publishes once the
 * draft flag is removed.
 */

let root = '';

async function runNew(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = path.join(projectRoot, 'scripts', 'new.ts');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      env: childEnv({ SERVICE_STORIES_ROOT: root }),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  root = copyProject('scaffold-cli');
});

describe('npm run new', () => {
  it('creates an article draft and says where to preview it', async () => {
    const result = await runNew([
      'article',
      'Nights on the help desk: a survival guide',
      '--tags',
      'resilience,careers',
    ]);
    expect(result.code).toBe(0);
    const file = path.join(root, 'content', 'articles', 'nights-on-the-help-desk-a-survival-guide.mdx');
    expect(result.stdout).toContain('Created content/articles/nights-on-the-help-desk-a-survival-guide.mdx');
    expect(result.stdout).toContain('http://localhost:4321/articles/nights-on-the-help-desk-a-survival-guide/');
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: "Nights on the help desk: a survival guide"\n/);
  });

  it('creates a testimonial draft', async () => {
    const result = await runNew(['testimonial', 'Zofia', '--role', 'Team lead', '--work-mode', 'hybrid']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created content/testimonials/zofia-team-lead.mdx');
    expect(result.stdout).toContain('http://localhost:4321/testimonials/zofia-team-lead/');
  });

  it('makes files that pass the schemas and the content checks', () => {
    const { problems, files } = validateContentFiles(root);
    expect(problems).toEqual([]);
    expect(files.filter((file) => file.data.draft).map((file) => file.id)).toEqual(
      expect.arrayContaining(['nights-on-the-help-desk-a-survival-guide', 'zofia-team-lead']),
    );
  });

  it('refuses to overwrite an existing file, and leaves it as it was', async () => {
    const file = path.join(root, 'content', 'articles', 'nights-on-the-help-desk-a-survival-guide.mdx');
    const before = readFileSync(file, 'utf8');
    const result = await runNew(['article', 'Nights on the help desk: a survival guide']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'new: content/articles/nights-on-the-help-desk-a-survival-guide.mdx already exists; choose another title or pass --slug',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it.each([
    [['poem', 'Ode'], 'new: unknown kind "poem": use article or testimonial'],
    [
      ['article', 'Tags', '--tags', 'Remote Work'],
      'new: tag "Remote Work" must be a lower-case slug such as "remote-work"',
    ],
    [[], 'new: say what to create: article or testimonial'],
  ])('rejects %j with a one-line error, the usage and exit code 2', async (args, message) => {
    const result = await runNew(args);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(message);
    expect(lines[1]).toBe('Usage:');
    expect(existsSync(path.join(root, 'content', 'articles', 'tags.mdx'))).toBe(false);
  });

  it('makes a story that builds and is published once the draft flag is removed', async () => {
    const file = path.join(root, 'content', 'articles', 'nights-on-the-help-desk-a-survival-guide.mdx');
    const filled = readFileSync(file, 'utf8')
      .replace('draft: true\n', '')
      .replace(/TODO: [^"\n]*/g, 'Written by the editor.')
      .replace(/^pubDate: .*$/m, 'pubDate: 2026-01-02');
    writeFileSync(file, filled);
    const result = await buildProject(root);
    expect(result.code, result.output).toBe(0);
    const page = readFileSync(
      path.join(root, 'dist', 'articles', 'nights-on-the-help-desk-a-survival-guide', 'index.html'),
      'utf8',
    );
    expect(page).toContain('Nights on the help desk: a survival guide');
    expect(readFileSync(path.join(root, 'dist', 'rss.xml'), 'utf8')).toContain(
      '/articles/nights-on-the-help-desk-a-survival-guide/',
    );
    expect(existsSync(path.join(root, 'dist', 'testimonials', 'zofia-team-lead', 'index.html'))).toBe(false);
  }, 300_000);
});
