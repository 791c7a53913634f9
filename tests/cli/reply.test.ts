import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { replyTemplate } from '../../src/schema/reply-form.ts';
import { checkContent, formatReport } from '../../src/content-check/check-content.ts';
import { childEnv, copyProject, projectRoot } from '../support/project-copy.ts';

/*
 * `npm run new -- testimonial --from reply.txt` as an editor runs it, in a scratch copy of the
 * project, with the reply saved in another folder (npm runs the script from the project root; the
 * path is the one the editor typed).
 */

let root = '';
let inbox = '';

async function runFrom(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = path.join(projectRoot, 'scripts', 'new.ts');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, 'testimonial', ...args], {
      cwd: root,
      env: childEnv({ SERVICE_STORIES_ROOT: root, INIT_CWD: inbox }),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const testimonialFiles = () => readdirSync(path.join(root, 'content', 'testimonials')).sort();

const answers = [
  'Noor',
  'Chat team lead',
  'Library front desk',
  '6',
  '2 chat agent',
  'chat, email',
  'software company',
];

/** The /share/ email as a reader sends it back: answers after the colons, the story under the last line. */
function reply(values: string[], story = 'The first time a customer thanked me by name, I knew.'): string {
  const lines = replyTemplate().split('\n');
  return [
    'Dear editors,',
    '',
    ...lines.map((line, index) => (index < values.length ? `${line} ${values[index]}` : line)),
    story,
  ].join('\n');
}

beforeAll(() => {
  root = copyProject('reply-cli');
  inbox = path.join(root, '.inbox');
  mkdirSync(inbox, { recursive: true });
});

describe('npm run new -- testimonial --from', () => {
  it('turns a reply into a draft testimonial awaiting consent, and says what to do next', async () => {
    writeFileSync(path.join(inbox, 'noor.txt'), reply([...answers, 'hybrid', 'Chat is conversation at speed.']));
    const result = await runFrom(['--from', 'noor.txt']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Created content/testimonials/noor-chat-team-lead.mdx from noor.txt');
    expect(result.stdout).toContain('no consent yet');
    const text = readFileSync(path.join(root, 'content', 'testimonials', 'noor-chat-team-lead.mdx'), 'utf8');
    expect(text).toContain('milestones:\n  - year: 2\n    role: "Chat agent"\n');
    expect(text).toContain('employer: software-company\nworkMode: hybrid\n');
    expect(text.trimEnd().endsWith('The first time a customer thanked me by name, I knew.')).toBe(true);
    const reports = checkContent(root).reports.map(formatReport);
    expect(reports.filter((line) => line.includes('noor-chat-team-lead'))).toEqual([
      expect.stringMatching(
        /^content\/testimonials\/noor-chat-team-lead\.mdx: consent: not recorded yet.*\(warning\)$/,
      ),
    ]);
    expect(checkContent(root).errors).toBe(0);
  });

  it('never overwrites: the same reply again is refused and the draft is left as it was', async () => {
    const file = path.join(root, 'content', 'testimonials', 'noor-chat-team-lead.mdx');
    const before = readFileSync(file, 'utf8');
    const result = await runFrom(['--from=noor.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'new: content/testimonials/noor-chat-team-lead.mdx already exists; rename or remove it first',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('lists each missing or malformed line and writes nothing', async () => {
    const before = testimonialFiles();
    writeFileSync(path.join(inbox, 'rough.txt'), reply(['Sam', 'Agent', 'Shop', 'ten', '', 'pigeon post', 'shop']));
    const result = await runFrom(['--from', 'rough.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'new: rough.txt line 6, "Years in service": expected a whole number of years, such as 6; got "ten"',
      'new: rough.txt line 8, "Channels": "pigeon post" is not a channel we list: use phone, email, chat, in person, social media',
      'new: rough.txt line 9, "Kind of employer": expected one of online retailer, family business, software company, e-commerce, telecom, hospitality, financial services; got "shop"',
      'new: rough.txt line 10, "Work mode": is empty: write the answer to "Where do you work?" after the colon',
      'new: rough.txt line 11, "In one sentence": is empty: write the answer to "What would you say about your work in one sentence? We may set it large on the page." after the colon',
      'Nothing was written. Correct those lines in rough.txt (or ask the writer), then run the command again.',
    ]);
    expect(testimonialFiles()).toEqual(before);
  });

  it('says what to do when the file is not there or not named', async () => {
    const missing = await runFrom(['--from', 'nowhere.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe(
      "new: there is no file nowhere.txt: save the reader's reply as a text file and pass its path",
    );
    const bare = await runFrom(['--from']);
    expect(bare.code).toBe(2);
    expect(bare.stderr.split('\n')[0]).toBe('new: --from takes one file, the saved reply');
    expect(existsSync(path.join(root, 'content', 'testimonials', 'nowhere.mdx'))).toBe(false);
  });
});
