import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replyLinePrefix, replyLines, replyTemplate, type ReplyField } from '../../src/schema/reply-form.ts';
import { checkContent, formatReport } from '../../src/content-check/check-content.ts';
import { draftFromReply, formatReplyProblem, readReply, type ReplyResult } from './reply.ts';
import { validateContentFiles } from '../../src/content-check/validate-files.ts';

const today = new Date('2026-11-26T10:00:00Z');

const answers: Record<ReplyField, string> = {
  name: 'Marta',
  role: 'Team lead',
  startedAs: 'Hotel night receptionist',
  yearsInService: '11',
  milestones: '3 phone agent; 7 senior agent',
  channels: 'Phone, chat, in person',
  employer: 'Hospitality',
  workMode: 'Hybrid',
  quote: '“A guest who arrives angry and leaves laughing is the best part of any shift.”',
  story: 'It was two in the morning.\n\nI knew I would never leave service.',
};

/** The email template from /share/, filled in the way a reader would: each answer after its label. */
function filledTemplate(change: Partial<Record<ReplyField, string>> = {}): string {
  const filled = { ...answers, ...change };
  return replyTemplate()
    .split('\n')
    .map((line) => {
      const field = replyLines.find((reply) => line.startsWith(replyLinePrefix(reply)))?.field;
      if (!field) return line;
      return field === 'story' ? `${line}\n${filled.story}` : `${line} ${filled[field]}`;
    })
    .join('\n');
}

function problemsOf(result: ReplyResult): string[] {
  if (result.ok) throw new Error('expected the reply to be refused');
  return result.problems.map((problem) => formatReplyProblem('reply.txt', problem));
}

function draftOf(result: ReplyResult) {
  if (!result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result.problems)}`);
  return result.draft;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes a draft into a scratch project and reads it back as the build and the content check would. */
/** The one testimonial a check read back, typed as one. */
function testimonialData(validation: ReturnType<typeof validateContentFiles>) {
  const file = validation.files[0];
  if (file?.collection !== 'testimonials') throw new Error('expected one valid testimonial');
  return file.data;
}

function check(text: string, slug: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'reply-'));
  roots.push(root);
  mkdirSync(path.join(root, 'content', 'testimonials'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'testimonials', `${slug}.mdx`), text);
  copyFileSync(
    path.resolve(import.meta.dirname, '..', '..', 'content', 'tags.yaml'),
    path.join(root, 'content', 'tags.yaml'),
  );
  return { validation: validateContentFiles(root), reports: checkContent(root, today).reports.map(formatReport) };
}

describe('the reply form', () => {
  it('has one line per answer, the story last, and hints the labels can be read past', () => {
    expect(replyLines.map((line) => line.field)).toEqual([
      'name',
      'role',
      'startedAs',
      'yearsInService',
      'milestones',
      'channels',
      'employer',
      'workMode',
      'quote',
      'story',
    ]);
    for (const line of replyLines) expect(line.hint, line.label).not.toMatch(/[()]/);
    expect(new Set(replyLines.map((line) => line.label.toLowerCase())).size).toBe(replyLines.length);
  });

  it('makes an email body of labelled lines with room to answer', () => {
    const lines = replyTemplate().split('\n');
    expect(lines[0]).toBe('First name (one name; before we publish, we will ask whether to show your real one):');
    expect(lines.filter((line) => line.endsWith('):'))).toHaveLength(replyLines.length);
  });
});

describe('a draft from a reply', () => {
  it('fills every field from the template as a reader fills it in, and the story goes into the body', () => {
    const draft = draftOf(draftFromReply(filledTemplate(), today));
    expect(draft.slug).toBe('marta-team-lead');
    const { validation } = check(draft.text, draft.slug);
    expect(validation.problems).toEqual([]);
    expect(validation.files[0]?.data).toMatchObject({
      name: 'Marta',
      role: 'Team lead',
      startedAs: 'Hotel night receptionist',
      yearsInService: 11,
      milestones: [
        { year: 3, role: 'Phone agent' },
        { year: 7, role: 'Senior agent' },
      ],
      channels: ['phone', 'chat', 'in-person'],
      employer: 'hospitality',
      workMode: 'hybrid',
      quote: 'A guest who arrives angry and leaves laughing is the best part of any shift.',
      draft: true,
    });
    expect(validation.files[0]?.body).toContain('It was two in the morning.\n\nI knew I would never leave service.');
  });

  it('is a draft with no consent, which the content check names until the editors record it', () => {
    const draft = draftOf(draftFromReply(filledTemplate(), today));
    const { validation, reports } = check(draft.text, draft.slug);
    expect(validation.files[0]?.data).not.toHaveProperty('composite');
    expect(testimonialData(validation).consent).toBeUndefined();
    expect(reports).toEqual([
      expect.stringMatching(/^content\/testimonials\/marta-team-lead\.mdx: consent: not recorded yet/),
    ]);
    const published = draft.text.replace('draft: true\n', '');
    expect(check(published, draft.slug).validation.problems.map((problem) => problem.field)).toEqual(['consent']);
    const consented = published.replace(
      /^# consent:\n# {3}given: (\S+).*\n# {3}name: (\w+).*\n/m,
      'consent:\n  given: $1\n  name: $2\n',
    );
    expect(consented).toContain('consent:\n  given: 2026-11-26\n  name: pseudonym\n');
    expect(check(consented, draft.slug).validation.problems).toEqual([]);
  });

  it('leaves the headline and the editing to the editors, as TODO lines the content check holds back', () => {
    const { text } = draftOf(draftFromReply(filledTemplate(), today));
    expect(text).toContain('headline: "TODO: the line readers click, in Marta\'s words"');
    expect(text).toMatch(/\n---\n\nTODO: edit lightly/);
  });

  it('reads a reply without the hints, in any case, quoted by a mail program, with wrapped lines', () => {
    const reply = [
      'On 26 Nov, Marta wrote:',
      '> Hi editors!',
      '> FIRST NAME: Marta',
      '> role now: Team lead',
      '> Started as: Hotel night',
      '> receptionist',
      '>',
      '> Years in service: 11 years',
      '> Channels: phone / chat',
      '> Kind of employer: hospitality',
      '> Work mode: on site',
      '> In one sentence: Every guest is a story.',
      '> Your story:',
      '> It was two in the morning.',
    ].join('\n');
    const draft = draftOf(draftFromReply(reply, today));
    const { validation } = check(draft.text, draft.slug);
    expect(validation.files[0]?.data).toMatchObject({
      startedAs: 'Hotel night receptionist',
      yearsInService: 11,
      channels: ['phone', 'chat'],
      workMode: 'on-site',
    });
    expect(testimonialData(validation).milestones).toBeUndefined();
    expect(validation.files[0]?.body.trim().endsWith('It was two in the morning.')).toBe(true);
  });

  it('notes where each answer was found', () => {
    const { answers: found } = readReply('Hello\nFirst name: Ana\n\nYour story:\nOnce.\nTwice.');
    expect(found.get('name')).toEqual({ line: 2, value: 'Ana' });
    expect(found.get('story')).toEqual({ line: 4, value: 'Once.\nTwice.' });
  });
});

describe('a reply with problems', () => {
  it('gets one message per missing or malformed line, with its line number, and no draft', () => {
    const reply = [
      'First name: marta jane',
      'Role now:',
      'Years in service: about ten',
      'Steps along the way: 3 phone agent; later a team lead',
      'Channels: phone, fax',
      'Kind of employer: a bank',
      'Work mode: from the beach',
      `In one sentence: ${'so '.repeat(70)}`,
      'Your story:',
      '',
    ].join('\n');
    expect(problemsOf(draftFromReply(reply, today))).toEqual([
      'reply.txt line 1, "First name": expected one first name with a capital letter, such as "Rosa"',
      'reply.txt line 2, "Role now": is empty: write the answer to "What is your job now?" after the colon',
      'reply.txt line 3, "Years in service": expected a whole number of years, such as 6; got "about ten"',
      'reply.txt line 4, "Steps along the way": expected each step as years in and the role, separated by semicolons, such as "2 chat agent; 5 team lead"; could not read "later a team lead"',
      'reply.txt line 5, "Channels": "fax" is not a channel we list: use phone, email, chat, in person, social media',
      'reply.txt line 6, "Kind of employer": expected one of online retailer, family business, software company, e-commerce, telecom, hospitality, financial services; got "a bank"',
      'reply.txt line 7, "Work mode": expected one of remote, on site, hybrid; got "from the beach"',
      'reply.txt line 8, "In one sentence": expected a short pull quote of at most 200 characters',
      'reply.txt line 9, "Your story": is empty: write the answer to "What was the moment that made you stay in service, and why do you love it?" after the colon',
      'reply.txt, "Started as": is missing: add a line "Started as: …" answering "What was your first job with customers?"',
    ]);
  });

  it('names a line given twice', () => {
    expect(
      problemsOf(draftFromReply(filledTemplate().replace('Work mode', 'Role now: Agent\nWork mode'), today)),
    ).toEqual([
      expect.stringMatching(
        /^reply\.txt line \d+, "Role now": appears again \(first on line 2\); keep one of the two$/,
      ),
    ]);
  });

  it('checks rules across lines with the schema: steps in order and within the years in service', () => {
    expect(problemsOf(draftFromReply(filledTemplate({ milestones: '3 agent; 12 lead' }), today))).toEqual([
      'reply.txt line 5, "Steps along the way": expected a year within yearsInService (11); got 12',
    ]);
    expect(problemsOf(draftFromReply(filledTemplate({ milestones: '5 agent; 3 lead' }), today))).toEqual([
      'reply.txt line 5, "Steps along the way": expected milestones in order, each after the one before (year 5); got 3',
    ]);
  });

  it('asks for the story when there is nothing at all to read', () => {
    expect(problemsOf(draftFromReply('Thanks for the lovely site!', today))).toHaveLength(
      replyLines.filter((line) => !line.optional).length,
    );
  });
});
