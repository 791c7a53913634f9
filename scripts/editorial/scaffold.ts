import { parseArgs } from 'node:util';
import { z } from 'zod';
import { articleSchema, tagsField, testimonialSchema } from '../../src/schema/schemas.ts';
import { suggestTagSlug } from '../../src/schema/tags.ts';
import { isoDate } from '../../src/stories/dates.ts';
import {
  channels,
  employerKinds,
  workModes,
  type Channel,
  type EmployerKind,
  type WorkMode,
} from '../../src/schema/vocabulary.ts';

/*
 * The pure part of `npm run new`: reading the command line, checking each value against the same
 * schema field the build uses, naming the file, and writing a new entry whose frontmatter already
 * passes the schemas (as a draft, with TODO prompts to fill in). Asking in a terminal is in
 * new-prompts.ts; scripts/new.ts joins the two.
 */

export const USAGE = `Usage:
  npm run new -- article "Title of the post" [--tags remote-work,careers] [--description "One sentence."] [--slug name]
  npm run new -- testimonial "Name" [--role "Support lead"] [--channels phone,chat] [--employer ${employerKinds[0]}]
                 [--work-mode ${workModes[0]}] [--tags careers] [--slug name]
  npm run new -- testimonial --from reply.txt   turns a reader's reply from /share/ into a draft
  npm run new [-- article | testimonial]   in a terminal, asks for whatever is missing
  npm run new -- --help                    shows this help, with the values each choice allows`;

/** The help: the usage, then the values each choice field allows, tags from content/tags.yaml. */
export function helpText(listedTags: readonly string[]): string {
  const values = (option: string, rule: string, allowed: readonly string[]) =>
    `  ${option.padEnd(13)}${rule}: ${allowed.join(', ')}`;
  return [
    USAGE,
    '',
    'Allowed values:',
    values('--tags', 'one or more of (content/tags.yaml)', listedTags),
    values('--channels', 'one or more of', channels),
    values('--employer', 'one of', employerKinds),
    values('--work-mode', 'one of', workModes),
  ].join('\n');
}

export type Kind = 'article' | 'testimonial';

export interface ArticleRequest {
  kind: 'article';
  title: string;
  tags: string[];
  description?: string | undefined;
  slug?: string | undefined;
}

export interface TestimonialRequest {
  kind: 'testimonial';
  name: string;
  tags: string[];
  role?: string | undefined;
  channels?: Channel[] | undefined;
  employer?: EmployerKind | undefined;
  workMode?: WorkMode | undefined;
  slug?: string | undefined;
}

export type NewRequest = ArticleRequest | TestimonialRequest;

/** What the command line gave, each value already checked; anything may still be missing. */
export interface Given {
  kind?: Kind | undefined;
  /** The article's title or the person's first name. */
  text?: string | undefined;
  tags?: string[] | undefined;
  description?: string | undefined;
  role?: string | undefined;
  channels?: Channel[] | undefined;
  employer?: EmployerKind | undefined;
  workMode?: WorkMode | undefined;
  slug?: string | undefined;
  /** A saved reply from /share/ to turn into a draft testimonial, as the editor typed its path. */
  from?: string | undefined;
}

/*
 * The options, each with the kinds it applies to. One line here (and a field in Given) is all a
 * new option needs; parseArgs does the reading.
 */
const OPTIONS = {
  tags: { type: 'string', kinds: ['article', 'testimonial'] },
  description: { type: 'string', kinds: ['article'] },
  role: { type: 'string', kinds: ['testimonial'] },
  channels: { type: 'string', kinds: ['testimonial'] },
  employer: { type: 'string', kinds: ['testimonial'] },
  'work-mode': { type: 'string', kinds: ['testimonial'] },
  slug: { type: 'string', kinds: ['article', 'testimonial'] },
  from: { type: 'string', kinds: ['testimonial'] },
  help: { type: 'boolean', short: 'h', kinds: ['article', 'testimonial'] },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string; kinds: readonly Kind[] }>;

type OptionName = keyof typeof OPTIONS;

const MAX_SLUG = 60;

/** An ASCII slug of at most 60 characters, cut at a hyphen: "Café & co: day 1" becomes "cafe-co-day-1". */
export function slugify(text: string): string {
  let slug = suggestTagSlug(text);
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.lastIndexOf('-') > 0 ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, MAX_SLUG);
  }
  if (!slug) throw new Error(`"${text}" has no letters or digits to make a file name from; pass --slug`);
  return slug;
}

/** A comma-separated answer or option as a list: "a, b,,c" gives a, b, c. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/*
 * Every value is checked by the schema field it will fill, so the scaffolder, the content check
 * and the build give the same answer and the same words. The hero image is not asked for, so any
 * image check does here.
 */
const articleFields = articleSchema({ image: () => z.string() }).shape;
const testimonialFields = testimonialSchema.shape;

/** File names: the entry's address, so a slug as the site writes them. */
const slugField = z.string().refine((value) => suggestTagSlug(value) === value && value.length <= MAX_SLUG, {
  error: (issue) =>
    `expected lower-case words joined by hyphens, at most ${MAX_SLUG} characters, such as "${(suggestTagSlug(String(issue.input)) || 'my-story').slice(0, MAX_SLUG)}"`,
});

type Verdict<T> = { ok: true; value: T } | { ok: false; problem: string };

/** What a schema field makes of a value: the value as it will be stored, or what is wrong, in the schema's words. */
function byField<T>(field: z.ZodType<T>, value: unknown): Verdict<T> {
  const result = field.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const index = issue?.path[0];
  // A list names the item at fault: tags "Remote Work" rather than "tags[1]".
  const item = typeof index === 'number' && Array.isArray(value) ? `"${String(value[index])}": ` : '';
  return { ok: false, problem: `${item}${issue?.message ?? 'is not valid'}` };
}

const problemOf =
  <T>(field: z.ZodType<T>) =>
  (value: unknown) => {
    const verdict = byField(field, value);
    return verdict.ok ? undefined : verdict.problem;
  };

/** Each value an editor can give, checked as its frontmatter field; undefined when it is fine. */
export const check = {
  title: problemOf(articleFields.title),
  description: problemOf(articleFields.description),
  name: problemOf(testimonialFields.name),
  role: problemOf(testimonialFields.role),
  tags: problemOf(tagsField),
  slug: problemOf(slugField),
};

/** The checks a title or a name must pass, by kind. */
export function checkText(kind: Kind, value: string): string | undefined {
  return kind === 'article' ? check.title(value) : check.name(value);
}

export type ReadResult = { ok: true; help: boolean; given: Given } | { ok: false; error: string };

function optionsFor(kind: Kind | undefined): string {
  return (Object.keys(OPTIONS) as OptionName[])
    .filter((name) => !kind || (OPTIONS[name].kinds as readonly Kind[]).includes(kind))
    .map((name) => `--${name}`)
    .join(', ');
}

/** parseArgs's own error, in the words of this command. */
function argumentError(error: unknown, kind: Kind | undefined): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-\w, )?(-{1,2}[\w-]+)/.exec(message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${option}${kind ? ` for ${kind}` : ''}: use ${optionsFor(kind)}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (option === '--from' && !/does not take/.test(message)) return '--from takes one file, the saved reply';
    return /does not take/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

/** Reads `article "Title" --tags a,b` or `testimonial "Name" --channels phone`: each error is one line. */
export function readNewArgs(argv: readonly string[]): ReadResult {
  const first = argv[0];
  const kind = first === 'article' || first === 'testimonial' ? first : undefined;
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: argumentError(error, kind) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true, given: {} };
  const [word, ...texts] = positionals;
  if (word !== undefined && !kind) return { ok: false, error: `unknown kind "${word}": use article or testimonial` };
  for (const name of Object.keys(values) as OptionName[]) {
    if (kind && !(OPTIONS[name].kinds as readonly Kind[]).includes(kind)) {
      return { ok: false, error: `unknown option --${name} for ${kind}: use ${optionsFor(kind)}` };
    }
  }
  if (texts.length > 1) {
    const what = kind === 'article' ? 'the title' : 'the first name';
    return { ok: false, error: `one ${kind} at a time: put ${what} in quotes` };
  }
  if (values.from !== undefined) {
    // The reply holds every field: a name or another option beside it would be a second source.
    const others = Object.keys(values).filter((name) => name !== 'from');
    if (texts.length > 0 || others.length > 0) {
      return { ok: false, error: '--from takes one file, the saved reply, and nothing else: the reply holds the rest' };
    }
    if (values.from.trim() === '') return { ok: false, error: '--from takes one file, the saved reply' };
    if (kind !== 'testimonial')
      return { ok: false, error: 'a reply becomes a testimonial: npm run new -- testimonial --from reply.txt' };
    return { ok: true, help: false, given: { kind, from: values.from } };
  }
  const given: Given = { kind };
  const problems: string[] = [];
  const text = texts[0]?.trim();
  if (text !== undefined && kind) {
    given.text = text;
    const problem = checkText(kind, text);
    if (problem) problems.push(`${kind === 'article' ? 'the title' : `"${text}"`}: ${problem}`);
  }
  /** An option's value as its schema field stores it; a problem is kept for the reply. */
  const option = <T>(name: OptionName, field: z.ZodType<T>, read: (raw: string) => unknown = (raw) => raw.trim()) => {
    const raw = values[name];
    if (typeof raw !== 'string') return undefined;
    const verdict = byField(field, read(raw));
    if (verdict.ok) return verdict.value;
    problems.push(`--${name}: ${verdict.problem}`);
    return undefined;
  };
  given.tags = option('tags', tagsField, list)?.map((tag) => tag.slug);
  given.description = option('description', articleFields.description);
  given.role = option('role', testimonialFields.role);
  given.channels = option('channels', testimonialFields.channels, list);
  given.employer = option('employer', testimonialFields.employer);
  given.workMode = option('work-mode', testimonialFields.workMode);
  given.slug = option('slug', slugField);
  return problems[0] ? { ok: false, error: problems[0] } : { ok: true, help: false, given };
}

export type Complete = Given & { kind: Kind; text: string };

export function isComplete(given: Given): given is Complete {
  return given.kind !== undefined && given.text !== undefined;
}

/** What is still needed before a file can be written, as the error a command line without a terminal gets. */
export function missingFrom(given: Given): string | undefined {
  if (!given.kind) return 'say what to create: article or testimonial';
  if (!given.text) return given.kind === 'article' ? 'give the title, in quotes' : "give the person's first name";
  return undefined;
}

/** The request, once kind and text are known; unset options take their defaults. */
export function requestFrom(given: Complete): NewRequest {
  // Written as the schema will read them: trimmed, lower-cased, each once.
  const tags = tagsField.parse(given.tags ?? ['careers']).map((tag) => tag.slug);
  if (given.kind === 'article') {
    return { kind: 'article', title: given.text, tags, description: given.description, slug: given.slug };
  }
  return {
    kind: 'testimonial',
    name: given.text,
    tags,
    role: given.role,
    channels: given.channels,
    employer: given.employer,
    workMode: given.workMode,
    slug: given.slug,
  };
}

/** The file name (without .mdx) a request gets: the title, or the name plus the role. */
export function slugFor(request: NewRequest): string {
  if (request.slug) return request.slug;
  return request.kind === 'article'
    ? slugify(request.title)
    : slugify(`${request.name} ${request.role ?? 'customer service agent'}`);
}

const yaml = (value: string) => JSON.stringify(value);

/** A new article: valid frontmatter as a draft dated `date`, and an outline to write into. */
export function articleFile(request: ArticleRequest, date: Date): string {
  return `---
title: ${yaml(request.title)}
description: ${yaml(request.description ?? 'TODO: one sentence that sums up the article for lists, search results and feeds.')}
pubDate: ${isoDate(date)}
tags: [${request.tags.join(', ')}]
draft: true
---

## Where it starts

TODO: open with a moment, a person or a question that sets up the article.

## What we learned

TODO: the heart of the piece; lists and a pull quote (a line starting with >) help readers skim.

## What to take away

TODO: close with what a reader can do or think about next.
`;
}

/** A new testimonial: valid frontmatter as a draft, defaults to change, and an outline of the story. */
export function testimonialFile(request: TestimonialRequest, date: Date): string {
  return `---
name: ${yaml(request.name)}
headline: ${yaml(`TODO: the line readers click, in ${request.name}'s words`)}
role: ${yaml(request.role ?? 'Customer service agent')}
startedAs: ${yaml('TODO: where their service career began')}
yearsInService: 1
channels: [${(request.channels ?? ['phone']).join(', ')}]
employer: ${request.employer ?? 'online-retailer'}
workMode: ${request.workMode ?? 'remote'}
quote: ${yaml('TODO: one memorable sentence in their own voice.')}
pubDate: ${isoDate(date)}
tags: [${request.tags.join(', ')}]
draft: true
composite: true
---

## How it started

TODO: in the first person, how ${request.name} came to the work.

## The moment it clicked

TODO: the customer, colleague or day that made the work feel worth it.

## Why I stay

TODO: what keeps ${request.name} in service, and what they would tell someone starting out.
`;
}
