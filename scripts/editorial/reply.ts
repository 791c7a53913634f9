import { replyLines, type ReplyField, type ReplyLine } from '../../src/schema/reply-form.ts';
import { testimonialSchema } from '../../src/schema/schemas.ts';
import { channelLabels, employerLabels, workModeLabels } from '../../src/schema/vocabulary.ts';
import { slugify } from './scaffold.ts';

/*
 * The editors' side of /share/: a reader's emailed reply, pasted into a file, becomes a draft
 * testimonial. Lines are found by the labels in src/schema/reply-form.ts, each answer is checked
 * with the testimonial schema itself, and every missing or malformed line gets its own message.
 * The draft records no consent: the content check warns about it while it is a draft and refuses
 * to publish it until the editors have agreed consent with the writer and written it down.
 */

export interface ReplyProblem {
  /** Line number in the reply file, from 1; absent for a line that is missing. */
  line?: number;
  label: string;
  message: string;
}

export interface ReplyDraft {
  /** The file name to create, without .mdx: the name and the role, as `npm run new` names testimonials. */
  slug: string;
  text: string;
}

export type ReplyResult = { ok: true; draft: ReplyDraft } | { ok: false; problems: ReplyProblem[] };

interface Answer {
  line: number;
  value: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Role now", in any case, with or without its hint in brackets, then a colon and the answer. */
function linePattern(line: ReplyLine): RegExp {
  return new RegExp(`^\\s*${line.label.split(/\s+/).map(escape).join('\\s+')}\\s*(?:\\([^)]*\\))?\\s*:\\s?(.*)$`, 'i');
}

const patterns = replyLines.map((line) => ({ line, pattern: linePattern(line) }));

/**
 * The answers by field. Lines before the first label (a greeting) are skipped; a line without a
 * label continues the answer above it, as mail programs wrap long lines; everything after the
 * story's label is the story. Replies quoted with "> " are read as if they were not.
 */
export function readReply(text: string): { answers: Map<ReplyField, Answer>; problems: ReplyProblem[] } {
  const answers = new Map<ReplyField, Answer>();
  const problems: ReplyProblem[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const unquoted = lines.map((line) => line.replace(/^\s*(?:>\s?)+/, ''));
  const quoted = unquoted.some(
    (line, index) => line !== lines[index] && patterns.some(({ pattern }) => pattern.test(line)),
  );
  const source = quoted ? unquoted : lines;
  let current: ReplyField | undefined;
  for (let index = 0; index < source.length; index += 1) {
    const raw = source[index] ?? '';
    if (current === 'story') {
      const story = answers.get('story');
      if (story) story.value += `\n${raw}`;
      continue;
    }
    const match = patterns.find(({ pattern }) => pattern.test(raw));
    if (match) {
      const value = (match.pattern.exec(raw)?.[1] ?? '').trim();
      const earlier = answers.get(match.line.field);
      if (earlier) {
        problems.push({
          line: index + 1,
          label: match.line.label,
          message: `appears again (first on line ${earlier.line}); keep one of the two`,
        });
        current = undefined;
        continue;
      }
      answers.set(match.line.field, { line: index + 1, value });
      current = match.line.field;
    } else if (raw.trim() === '') {
      current = undefined;
    } else if (current) {
      const answer = answers.get(current);
      if (answer) answer.value = `${answer.value} ${raw.trim()}`.trim();
    }
  }
  const story = answers.get('story');
  if (story) story.value = story.value.trim();
  return { answers, problems };
}

/** "In person" or "in-person" or "IN PERSON" all become "in-person"; so do the labels. */
function vocabularyKey<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const normal = (value: string) =>
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const wanted = normal(text);
  return (Object.entries(labels) as [T, string][]).find(
    ([key, label]) => normal(key) === wanted || normal(label) === wanted,
  )?.[0];
}

const wordList = (labels: Record<string, string>) =>
  Object.values(labels)
    .map((label) => label.toLowerCase())
    .join(', ');

type Converted = { ok: true; value: unknown } | { ok: false; message: string };

const MILESTONE = /^(?:year\s*)?(\d+)(?:\s*years?(?:\s+in)?)?\s*[:.,\-–—]?\s*(\S.*)$/i;

/** Turns one answer's text into the value its frontmatter field holds, or says what was expected. */
function convert(field: ReplyField, text: string): Converted {
  switch (field) {
    case 'name':
      return { ok: true, value: text.charAt(0).toUpperCase() + text.slice(1) };
    case 'yearsInService': {
      const years = /^(\d+)(?:\s*years?)?\.?$/i.exec(text);
      return years
        ? { ok: true, value: Number(years[1]) }
        : { ok: false, message: `expected a whole number of years, such as 6; got "${text}"` };
    }
    case 'milestones': {
      if (text === '') return { ok: true, value: undefined };
      const steps = [];
      for (const part of text
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean)) {
        const step = MILESTONE.exec(part);
        if (!step) {
          return {
            ok: false,
            message: `expected each step as years in and the role, separated by semicolons, such as "2 chat agent; 5 team lead"; could not read "${part}"`,
          };
        }
        const role = step[2] ?? '';
        steps.push({ year: Number(step[1]), role: role.charAt(0).toUpperCase() + role.slice(1) });
      }
      return { ok: true, value: steps };
    }
    case 'channels': {
      const chosen = text
        .split(/,|\/|&|\band\b/i)
        .map((item) => item.trim())
        .filter(Boolean);
      const keys = [];
      for (const item of chosen) {
        const key = vocabularyKey(channelLabels, item);
        if (!key) return { ok: false, message: `"${item}" is not a channel we list: use ${wordList(channelLabels)}` };
        keys.push(key);
      }
      return { ok: true, value: keys };
    }
    case 'employer': {
      const key = vocabularyKey(employerLabels, text);
      return key
        ? { ok: true, value: key }
        : { ok: false, message: `expected one of ${wordList(employerLabels)}; got "${text}"` };
    }
    case 'workMode': {
      const key = vocabularyKey(workModeLabels, text);
      return key
        ? { ok: true, value: key }
        : { ok: false, message: `expected one of ${wordList(workModeLabels)}; got "${text}"` };
    }
    case 'quote':
      return { ok: true, value: text.replace(/^["“‘']\s*(.*?)\s*["”’']$/s, '$1') };
    default:
      return { ok: true, value: text };
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const yaml = (value: string) => JSON.stringify(value);

function draftText(data: Record<string, unknown>, story: string, today: Date): string {
  const milestones = data['milestones'] as { year: number; role: string }[] | undefined;
  const day = isoDay(today);
  return `---
name: ${yaml(String(data['name']))}
headline: ${yaml(`TODO: the line readers click, in ${String(data['name'])}'s words`)}
role: ${yaml(String(data['role']))}
startedAs: ${yaml(String(data['startedAs']))}
yearsInService: ${String(data['yearsInService'])}
${milestones ? `milestones:\n${milestones.map((step) => `  - year: ${step.year}\n    role: ${yaml(step.role)}\n`).join('')}` : ''}channels: [${(data['channels'] as string[]).join(', ')}]
employer: ${String(data['employer'])}
workMode: ${String(data['workMode'])}
quote: ${yaml(String(data['quote']))}
pubDate: ${day}
tags: [careers]
draft: true
# Sent in by a reader through /share/, made into this draft on ${day}. It has no consent yet, so
# it cannot be published. Agree consent with the writer first, then record it here, for example:
# consent:
#   given: ${day}     # the day they agreed
#   name: pseudonym       # or real, if they want their own first name shown (set name above to match)
#   expires: ${isoDay(new Date(Date.UTC(today.getUTCFullYear() + 2, today.getUTCMonth(), today.getUTCDate())))}   # only if they asked for an end date
---

TODO: edit lightly, keeping their voice: break it up with ## headings, and check the facts above with them.

${story}
`;
}

/** A draft testimonial from the text of a reply, or one problem per missing or malformed line. */
export function draftFromReply(text: string, today: Date): ReplyResult {
  const { answers, problems } = readReply(text);
  const data: Record<string, unknown> = {};
  const lineOf = new Map<string, ReplyLine>();
  for (const line of replyLines) {
    lineOf.set(line.field, line);
    const answer = answers.get(line.field);
    if (!answer) {
      if (!line.optional) {
        problems.push({
          label: line.label,
          message: `is missing: add a line "${line.label}: …" answering "${line.question}"${line.field === 'story' ? ', with the story under it' : ''}`,
        });
      }
      continue;
    }
    if (answer.value === '' && !line.optional) {
      problems.push({
        line: answer.line,
        label: line.label,
        message: `is empty: write the answer to "${line.question}" after the colon`,
      });
      continue;
    }
    const field = line.field;
    if (field === 'story') continue;
    const converted = convert(field, answer.value);
    if (!converted.ok) {
      problems.push({ line: answer.line, label: line.label, message: converted.message });
      continue;
    }
    if (converted.value === undefined) continue;
    const checked = testimonialSchema.shape[field].safeParse(converted.value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      problems.push({ line: answer.line, label: line.label, message: issue?.message ?? 'is not valid' });
      continue;
    }
    data[field] = converted.value;
  }
  if (problems.length === 0) {
    // Rules across fields, such as milestones within the years in service, come from the schema too.
    const whole = testimonialSchema.safeParse({
      ...data,
      headline: `TODO: a headline`,
      pubDate: isoDay(today),
      tags: ['careers'],
      draft: true,
    });
    if (!whole.success) {
      for (const issue of whole.error.issues) {
        const line = lineOf.get(String(issue.path[0]));
        const answer = line && answers.get(line.field);
        const problem: ReplyProblem = { label: line?.label ?? String(issue.path[0]), message: issue.message };
        if (answer) problem.line = answer.line;
        problems.push(problem);
      }
    }
  }
  if (problems.length > 0) {
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)) };
  }
  const story = answers.get('story')?.value ?? '';
  return {
    ok: true,
    draft: {
      slug: slugify(`${String(data['name'])} ${String(data['role'])}`),
      text: draftText(data, story, today),
    },
  };
}

/** One problem as a line of the command's output: `reply.txt line 4, "Years in service": expected …`. */
export function formatReplyProblem(file: string, problem: ReplyProblem): string {
  const where = problem.line === undefined ? file : `${file} line ${problem.line}`;
  return `${where}, "${problem.label}": ${problem.message}`;
}
