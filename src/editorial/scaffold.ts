import { suggestTagSlug, TAG_SLUG_PATTERN } from '../schema/tags.ts';
import {
  channels,
  employerKinds,
  workModes,
  type Channel,
  type EmployerKind,
  type WorkMode,
} from '../schema/vocabulary.ts';

/*
 * The pure part of `npm run new`: reading the command line, naming the file, and writing a new
 * entry whose frontmatter already passes the schemas (as a draft, with TODO prompts to fill in).
 */

export const USAGE = `Usage:
  npm run new -- article "Title of the post" [--tags remote-work,careers] [--description "One sentence."] [--slug name]
  npm run new -- testimonial "Name" [--role "Support lead"] [--channels phone,chat] [--employer ${employerKinds[0]}]
                 [--work-mode ${workModes[0]}] [--tags careers] [--slug name]
  npm run new -- testimonial --from reply.txt   (a reader's reply from /share/, as a draft)
  npm run new                       (asks for each field in a terminal)`;

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
export type ParseResult = { ok: true; request: NewRequest } | { ok: false; error: string };

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

const NAME = /^\p{Lu}[\p{L}'’-]{0,29}$/u;
const ARTICLE_FLAGS = ['tags', 'description', 'slug'];
const TESTIMONIAL_FLAGS = ['tags', 'role', 'channels', 'employer', 'work-mode', 'slug'];

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function checkTags(tags: string[]): string | undefined {
  for (const tag of tags) {
    if (!TAG_SLUG_PATTERN.test(tag))
      return `tag "${tag}" must be a lower-case slug such as "${suggestTagSlug(tag) || 'remote-work'}"`;
  }
  if (new Set(tags).size > 6) return 'at most 6 tags';
  return undefined;
}

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T | string {
  return (allowed as readonly string[]).includes(value)
    ? value
    : `${what} "${value}" is not one of: ${allowed.join(', ')}`;
}

/** Reads `article "Title" --tags a,b` or `testimonial "Name" --channels phone`; every error is one line. */
export function parseNewArgs(argv: readonly string[]): ParseResult {
  const [kind, ...rest] = argv;
  if (kind !== 'article' && kind !== 'testimonial') {
    return {
      ok: false,
      error: kind ? `unknown kind "${kind}": use article or testimonial` : 'say what to create: article or testimonial',
    };
  }
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    const allowed = kind === 'article' ? ARTICLE_FLAGS : TESTIMONIAL_FLAGS;
    if (!allowed.includes(name))
      return {
        ok: false,
        error: `unknown option --${name} for ${kind}: use ${allowed.map((f) => `--${f}`).join(', ')}`,
      };
    const value = inline ?? rest[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return { ok: false, error: `--${name} needs a value` };
    if (inline === undefined) index += 1;
    flags.set(name, value);
  }
  if (positional.length !== 1 || !positional[0]?.trim()) {
    const what = kind === 'article' ? 'the title, in quotes' : "the person's first name";
    return {
      ok: false,
      error: positional.length > 1 ? `one ${kind} at a time: put ${what} in quotes` : `give ${what}`,
    };
  }
  const text = positional[0].trim();
  const tags = list(flags.get('tags') ?? 'careers');
  const tagProblem = checkTags(tags);
  if (tagProblem) return { ok: false, error: tagProblem };
  const slug = flags.get('slug');
  if (slug !== undefined && slugify(slug) !== slug)
    return {
      ok: false,
      error: `--slug "${slug}" must be lower-case words joined by hyphens, such as "${slugify(slug)}"`,
    };

  if (kind === 'article') {
    if (text.length > 70)
      return {
        ok: false,
        error: `the title has ${text.length} characters; keep it to 70 so it fits in search results`,
      };
    return { ok: true, request: { kind, title: text, tags, description: flags.get('description'), slug } };
  }
  if (!NAME.test(text))
    return { ok: false, error: `"${text}" should be one invented first name with a capital letter, such as "Rosa"` };
  const request: TestimonialRequest = { kind, name: text, tags, role: flags.get('role'), slug };
  if (flags.has('channels')) {
    const chosen = list(flags.get('channels') ?? '');
    for (const channel of chosen) {
      const checked = oneOf('channel', channel, channels);
      if (checked !== channel) return { ok: false, error: checked };
    }
    if (chosen.length === 0) return { ok: false, error: `--channels needs at least one of: ${channels.join(', ')}` };
    request.channels = chosen as Channel[];
  }
  if (flags.has('employer')) {
    const employer = flags.get('employer') ?? '';
    const checked = oneOf('employer', employer, employerKinds);
    if (checked !== employer) return { ok: false, error: checked };
    request.employer = employer as EmployerKind;
  }
  if (flags.has('work-mode')) {
    const mode = flags.get('work-mode') ?? '';
    const checked = oneOf('work mode', mode, workModes);
    if (checked !== mode) return { ok: false, error: checked };
    request.workMode = mode as WorkMode;
  }
  return { ok: true, request };
}

/** The file name (without .mdx) a request gets: the title, or the name plus the role. */
export function slugFor(request: NewRequest): string {
  if (request.slug) return request.slug;
  return request.kind === 'article'
    ? slugify(request.title)
    : slugify(`${request.name} ${request.role ?? 'customer service agent'}`);
}

const yaml = (value: string) => JSON.stringify(value);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A new article: valid frontmatter as a draft dated `date`, and an outline to write into. */
export function articleFile(request: ArticleRequest, date: Date): string {
  return `---
title: ${yaml(request.title)}
description: ${yaml(request.description ?? 'TODO: one sentence that sums up the article for lists, search results and feeds.')}
pubDate: ${isoDay(date)}
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
pubDate: ${isoDay(date)}
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
