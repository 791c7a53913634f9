import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContentFiles } from '../../src/content-check/validate-files.ts';
import {
  buildProject,
  childEnv,
  copyProject,
  MAIN_BUILD_TIME_ZONE,
  projectRoot,
  warmStart,
} from '../support/project-copy.ts';
import { KEYS, runInTerminal, type TerminalSession } from '../support/terminal.ts';

/*
 * `npm run new` as an editor runs it, in a scratch copy of the project: it creates valid drafts,
 * refuses to overwrite, rejects bad arguments, and what it creates builds and publishes once the
 * draft flag is removed. In a terminal (a real pseudo-terminal) it asks for what is missing.
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
  // The build at the end renders what the new story changes and reuses the shared build's other pages.
  warmStart(root, inject('builtRoot'));
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
      'new: --tags: "Remote Work": expected a lower-case slug of letters, digits and hyphens, such as "remote-work"',
    ],
    [
      ['article', 'Tags', '--tags', 'careers,phone-suport'],
      'new: --tags: "phone-suport" is not on the list of tags; did you mean "phone-support"? Write phone-support, or, for a new tag, add it to content/tags.yaml with a label and a one-sentence description',
    ],
    [['article'], 'new: give the title, in quotes'],
    [[], 'new: say what to create: article or testimonial'],
  ])('without a terminal, rejects %j with a one-line error, the usage and exit code 2', async (args, message) => {
    const result = await runNew(args);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(message);
    expect(lines[1]).toBe('Usage:');
    expect(existsSync(path.join(root, 'content', 'articles', 'tags.mdx'))).toBe(false);
  });

  it('shows its usage on stdout for --help and -h, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runNew([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe('Usage:');
      expect(result.stdout).toContain('npm run new -- article "Title of the post"');
      expect(result.stderr).toBe('');
    }
  });

  it('lists in --help the values every choice field allows, the tags from content/tags.yaml', async () => {
    const { stdout } = await runNew(['--help']);
    const line = (option: string) => stdout.split('\n').find((text) => text.trim().startsWith(option)) ?? '';
    expect(line('--tags')).toContain('careers, chat-support, communication');
    expect(line('--tags')).toContain('phone-support');
    expect(line('--channels')).toBe('  --channels   one or more of: phone, email, chat, in-person, social');
    expect(line('--employer')).toContain('one of: online-retailer, family-business, software-company');
    expect(line('--work-mode')).toBe('  --work-mode  one of: remote, on-site, hybrid');
  });

  it('makes a story that builds and is published once the draft flag is removed', async () => {
    const file = path.join(root, 'content', 'articles', 'nights-on-the-help-desk-a-survival-guide.mdx');
    const filled = readFileSync(file, 'utf8')
      .replace('draft: true\n', '')
      .replace(/TODO: [^"\n]*/g, 'Written by the editor.')
      .replace(/^pubDate: .*$/m, 'pubDate: 2026-01-02');
    writeFileSync(file, filled);
    const result = await buildProject(root, { TZ: MAIN_BUILD_TIME_ZONE });
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

describe('npm run new in a terminal', () => {
  const files = (kind: string) => readdirSync(path.join(root, 'content', kind)).sort();
  const sessions: TerminalSession[] = [];
  afterEach((context) => {
    for (const session of sessions.splice(0)) {
      // A test stuck at a question times out; the screen shows which one.
      if (context.task.result?.state === 'fail') console.log(`The terminal showed:\n${session.screen()}`);
      session.close();
    }
  });

  function newInTerminal(args: string[] = []): TerminalSession {
    const session = runInTerminal(['npm', 'run', '--silent', 'new', '--', ...args], {
      cwd: projectRoot,
      env: childEnv({ SERVICE_STORIES_ROOT: root, TERM: 'xterm-256color' }),
    });
    sessions.push(session);
    return session;
  }

  it('asks for every field of a testimonial, offers the vocabulary, and asks again after a bad answer', async () => {
    const session = newInTerminal();
    await session.waitFor('What would you like to create?');
    session.type(KEYS.down + KEYS.enter);
    await session.waitFor('first name');
    session.type(`rosa${KEYS.enter}`);
    await session.waitFor('expected one first name with a capital letter, such as "Rosa"');
    session.type(`${KEYS.backspace.repeat(4)}Ingrid${KEYS.enter}`);
    await session.waitFor('Their role now');
    session.type(`Chat team lead${KEYS.enter}`);
    await session.waitFor('Channels they work in');
    // A question is drawn before its choices: wait for the last choice, then read them all.
    await session.waitFor('Social media');
    for (const label of ['Phone', 'Email', 'Chat', 'In person']) expect(session.screen()).toContain(label);
    session.type(KEYS.enter);
    await session.waitFor('Please select at least one option');
    session.type(KEYS.down + KEYS.down + KEYS.space + KEYS.enter);
    await session.waitFor('Kind of employer');
    await session.waitFor('Financial services');
    session.type(KEYS.down.repeat(4) + KEYS.enter);
    await session.waitFor('Where they work');
    session.type(KEYS.down.repeat(2) + KEYS.enter);
    await session.waitFor('Tags, separated by commas (one or more of: artificial-intelligence');
    session.type(`remote-work, Careers, phone-suport${KEYS.enter}`);
    await session.waitFor('did you mean "phone-support"?');
    session.type(`${KEYS.backspace.repeat(', phone-suport'.length)}${KEYS.enter}`);
    expect(await session.exited).toBe(0);
    expect(session.screen()).toContain('Created content/testimonials/ingrid-chat-team-lead.mdx');
    const text = readFileSync(path.join(root, 'content', 'testimonials', 'ingrid-chat-team-lead.mdx'), 'utf8');
    expect(text).toContain('name: "Ingrid"\n');
    expect(text).toContain('role: "Chat team lead"\n');
    expect(text).toContain('channels: [chat]\n');
    expect(text).toContain('employer: telecom\n');
    expect(text).toContain('workMode: hybrid\n');
    expect(text).toContain('tags: [remote-work, careers]\n');
    const valid = validateContentFiles(root).files.find((file) => file.id === 'ingrid-chat-team-lead');
    expect(valid?.data.tags.map((tag) => tag.slug)).toEqual(['remote-work', 'careers']);
  });

  it('asks only for what the command line left out', async () => {
    const session = newInTerminal(['article', '--tags', 'resilience']);
    await session.waitFor('Title');
    expect(session.screen()).not.toContain('What would you like to create?');
    session.type(`${'A very long title '.repeat(5)}${KEYS.enter}`);
    await session.waitFor('expected a title of at most 70 characters');
    session.type(`${KEYS.backspace.repeat(90)}Quiet hours on the night desk${KEYS.enter}`);
    await session.waitFor('One sentence that sums it up');
    session.type(KEYS.enter);
    expect(await session.exited).toBe(0);
    expect(session.screen()).not.toContain('Tags, separated by commas');
    const text = readFileSync(path.join(root, 'content', 'articles', 'quiet-hours-on-the-night-desk.mdx'), 'utf8');
    expect(text).toContain('title: "Quiet hours on the night desk"\n');
    expect(text).toContain('description: "TODO: one sentence');
    expect(text).toContain('tags: [resilience]\n');
  });

  it('offers another file name when the title is taken, and checks it too', async () => {
    const session = newInTerminal(['article']);
    await session.waitFor('Title');
    session.type(`Quiet hours on the night desk${KEYS.enter}`);
    await session.waitFor('One sentence that sums it up');
    session.type(`Nights, as they are.${KEYS.enter}`);
    await session.waitFor('Tags, separated by commas');
    session.type(KEYS.enter);
    await session.waitFor(
      'content/articles/quiet-hours-on-the-night-desk.mdx already exists, so the new file needs another name.',
    );
    // The warning comes before the question: type only once the question is on screen.
    await session.waitFor('File name (lower-case words joined by hyphens, without .mdx)');
    session.type(`quiet-hours-on-the-night-desk${KEYS.enter}`);
    await session.waitFor('content/articles/quiet-hours-on-the-night-desk.mdx already exists; try another');
    session.type(`${KEYS.backspace.repeat(4)}shift${KEYS.enter}`);
    expect(await session.exited).toBe(0);
    const text = readFileSync(path.join(root, 'content', 'articles', 'quiet-hours-on-the-night-shift.mdx'), 'utf8');
    expect(text).toContain('title: "Quiet hours on the night desk"\n');
    expect(text).toContain('description: "Nights, as they are."\n');
  });

  it('stops cleanly at Ctrl-C, writing nothing', async () => {
    const before = [files('articles'), files('testimonials')];
    const session = newInTerminal();
    await session.waitFor('What would you like to create?');
    session.type(KEYS.down + KEYS.enter);
    await session.waitFor('first name');
    session.type(`Tomasz${KEYS.enter}`);
    await session.waitFor('Their role now');
    session.type(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    expect(session.screen()).toContain('Cancelled: nothing was written.');
    expect([files('articles'), files('testimonials')]).toEqual(before);
  });
});
