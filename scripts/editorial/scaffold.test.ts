import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleFile,
  isComplete,
  missingFrom,
  readNewArgs,
  requestFrom,
  slugFor,
  slugify,
  testimonialFile,
  USAGE,
  type NewRequest,
} from './scaffold.ts';
import { validateContentFiles } from '../../src/content-check/validate-files.ts';

const today = new Date('2026-11-24T09:30:00Z');

/** The command line alone, as without a terminal (scripts/new.ts): a request, or why there is none. */
function parsed(argv: string[]): { ok: true; request: NewRequest } | { ok: false; error: string } {
  const read = readNewArgs(argv);
  if (!read.ok) return read;
  if (!isComplete(read.given)) return { ok: false, error: missingFrom(read.given) ?? USAGE };
  return { ok: true, request: requestFrom(read.given) };
}

function request(argv: string[]): NewRequest {
  const result = parsed(argv);
  if (!result.ok) throw new Error(result.error);
  return result.request;
}

function errorOf(argv: string[]): string {
  const result = parsed(argv);
  if (result.ok) throw new Error(`expected ${argv.join(' ')} to be refused`);
  return result.error;
}

describe('slugify', () => {
  it('makes an ASCII slug from any title', () => {
    expect(slugify('Café & co: my first 90 days!')).toBe('cafe-co-my-first-90-days');
    expect(slugify('  Phones, chat & email  ')).toBe('phones-chat-email');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('a very long title about the many different things that happen on a busy support shift');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(
      'a very long title about the many different things that happen on a busy support shift'.replaceAll(' ', '-'),
    ).toContain(slug);
  });

  it('refuses a title with nothing to name a file after', () => {
    expect(() => slugify('¿¡!?')).toThrow(/--slug/);
  });
});

describe('the command line alone', () => {
  it('reads an article with tags and a description', () => {
    expect(
      request(['article', 'Why we stay', '--tags', 'careers,remote-work', '--description=It is the people.']),
    ).toEqual({
      kind: 'article',
      title: 'Why we stay',
      tags: ['careers', 'remote-work'],
      description: 'It is the people.',
      slug: undefined,
    });
  });

  it('writes tags as the schema reads them: trimmed, lower-cased, each once', () => {
    expect(request(['article', 'T', '--tags', ' Careers ,careers,remote-work']).tags).toEqual([
      'careers',
      'remote-work',
    ]);
    expect(request(['article', 'T']).tags).toEqual(['careers']);
  });

  it('reads a testimonial with its facets', () => {
    expect(
      request(['testimonial', 'Inés', '--channels', 'phone,chat', '--employer', 'telecom', '--work-mode', 'on-site']),
    ).toMatchObject({
      kind: 'testimonial',
      name: 'Inés',
      channels: ['phone', 'chat'],
      employer: 'telecom',
      workMode: 'on-site',
      tags: ['careers'],
    });
  });

  it.each([
    [[], 'say what to create: article or testimonial'],
    [['poem', 'x'], 'unknown kind "poem": use article or testimonial'],
    [['article'], 'give the title, in quotes'],
    [['testimonial'], "give the person's first name"],
    [['article', 'One', 'Two'], 'one article at a time: put the title in quotes'],
    [['article', 'T', '--tags'], '--tags needs a value'],
    [['article', 'T', '--tags', '--slug', 'x'], '--tags needs a value'],
    [
      ['article', 'T', '--colour', 'red'],
      'unknown option --colour for article: use --tags, --description, --slug, --help',
    ],
    [['article', 'T', '--help=yes'], '--help takes no value'],
    [
      ['article', 'T', '--tags', 'Remote Work'],
      '--tags: "Remote Work": expected a lower-case slug of letters, digits and hyphens, such as "remote-work"',
    ],
    [['article', 'T', '--tags', 'a,b,c,d,e,f,g'], '--tags: expected at most 6 different tags'],
    [['article', 'x'.repeat(71)], 'the title: expected a title of at most 70 characters'],
    [
      ['article', 'T', '--slug', 'Not A Slug'],
      '--slug: expected lower-case words joined by hyphens, at most 60 characters, such as "not-a-slug"',
    ],
    [['testimonial', 'rosa'], '"rosa": expected one first name with a capital letter, such as "Rosa"'],
    [['testimonial', 'Rosa Maria'], '"Rosa Maria": expected one first name with a capital letter, such as "Rosa"'],
    [
      ['testimonial', 'Rosa', '--channels', 'fax'],
      '--channels: "fax": expected a channel: one of phone, email, chat, in-person, social, but it says "fax"',
    ],
    [
      ['testimonial', 'Rosa', '--channels', ','],
      '--channels: expected at least one channel: phone, email, chat, in-person, social',
    ],
    [
      ['testimonial', 'Rosa', '--employer', 'bank'],
      '--employer: expected the kind of employer: one of online-retailer, family-business, software-company, e-commerce, telecom, hospitality, financial-services, but it says "bank"',
    ],
    [
      ['testimonial', 'Rosa', '--work-mode', 'office'],
      '--work-mode: expected the work mode: one of remote, on-site, hybrid, but it says "office"',
    ],
    [
      ['testimonial', 'Rosa', '--description', 'x'],
      'unknown option --description for testimonial: use --tags, --role, --channels, --employer, --work-mode, --slug, --from, --help',
    ],
    [['testimonial', '--from'], '--from takes one file, the saved reply'],
    [['testimonial', '--from', ' '], '--from takes one file, the saved reply'],
    [
      ['testimonial', 'Rosa', '--from', 'reply.txt'],
      '--from takes one file, the saved reply, and nothing else: the reply holds the rest',
    ],
    [
      ['testimonial', '--from', 'reply.txt', '--role', 'Lead'],
      '--from takes one file, the saved reply, and nothing else: the reply holds the rest',
    ],
    [['--from', 'reply.txt'], 'a reply becomes a testimonial: npm run new -- testimonial --from reply.txt'],
    [
      ['article', '--from', 'reply.txt'],
      'unknown option --from for article: use --tags, --description, --slug, --help',
    ],
  ])('refuses %j with a one-line error in the schema’s words', (argv, message) => {
    expect(errorOf(argv)).toBe(message);
  });

  it('reads a reply file for a testimonial, written as --from file or --from=file', () => {
    for (const argv of [
      ['testimonial', '--from', 'reply.txt'],
      ['testimonial', '--from=reply.txt'],
    ]) {
      expect(readNewArgs(argv)).toEqual({ ok: true, help: false, given: { kind: 'testimonial', from: 'reply.txt' } });
    }
  });

  it('asks for help with --help or -h, whatever else is on the line', () => {
    for (const argv of [['--help'], ['-h'], ['article', '--help'], ['testimonial', 'Rosa', '-h']]) {
      expect(readNewArgs(argv)).toEqual({ ok: true, help: true, given: {} });
    }
  });

  it('reads what is there and leaves the rest for the prompts', () => {
    const read = readNewArgs(['testimonial', '--employer', 'telecom']);
    expect(read).toMatchObject({ ok: true, help: false, given: { kind: 'testimonial', employer: 'telecom' } });
    expect(read.ok && [read.given.text, read.given.tags, read.given.channels]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('new files', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function write(req: NewRequest): string {
    const folder = path.join(root, 'content', req.kind === 'article' ? 'articles' : 'testimonials');
    mkdirSync(folder, { recursive: true });
    const text = req.kind === 'article' ? articleFile(req, today) : testimonialFile(req, today);
    writeFileSync(path.join(folder, `${slugFor(req)}.mdx`), text);
    return text;
  }

  it('pass the real schemas as drafts dated today, with an outline and no h1', () => {
    const article = write(request(['article', 'A "quoted": title & more', '--tags', 'careers,getting-started']));
    const testimonial = write(request(['testimonial', 'Marta', '--role', 'Chat lead', '--channels', 'chat']));
    const { files, problems } = validateContentFiles(root);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.id).sort()).toEqual(['a-quoted-title-more', 'marta-chat-lead']);
    for (const file of files) {
      expect(file.data.draft).toBe(true);
      expect(file.data.pubDate.toISOString().slice(0, 10)).toBe('2026-11-24');
    }
    for (const text of [article, testimonial]) {
      expect(text).toMatch(/^## /m);
      expect(text).not.toMatch(/^# /m);
      expect(text).toContain('TODO:');
      expect(text).not.toMatch(/[<{}]/);
    }
  });
});
