import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFile, parseNewArgs, slugFor, slugify, testimonialFile, type NewRequest } from './scaffold.ts';
import { validateContentFiles } from './validate-files.ts';

const today = new Date('2026-11-24T09:30:00Z');

function request(argv: string[]): NewRequest {
  const parsed = parseNewArgs(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.request;
}

function errorOf(argv: string[]): string {
  const parsed = parseNewArgs(argv);
  if (parsed.ok) throw new Error(`expected ${argv.join(' ')} to be refused`);
  return parsed.error;
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

describe('parseNewArgs', () => {
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
    [[], /article or testimonial/],
    [['poem', 'x'], /unknown kind "poem"/],
    [['article'], /give the title/],
    [['article', 'One', 'Two'], /one article at a time/],
    [['article', 'T', '--tags'], /--tags needs a value/],
    [['article', 'T', '--colour', 'red'], /unknown option --colour/],
    [['article', 'T', '--tags', 'Remote Work'], /"remote-work"/],
    [['article', 'T', '--tags', 'a,b,c,d,e,f,g'], /at most 6 tags/],
    [['article', 'x'.repeat(71)], /keep it to 70/],
    [['article', 'T', '--slug', 'Not A Slug'], /--slug "Not A Slug" must be lower-case/],
    [['testimonial', 'rosa'], /one invented first name/],
    [['testimonial', 'Rosa Maria'], /one invented first name/],
    [
      ['testimonial', 'Rosa', '--channels', 'fax'],
      /channel "fax" is not one of: phone, email, chat, in-person, social/,
    ],
    [['testimonial', 'Rosa', '--employer', 'bank'], /employer "bank" is not one of/],
    [['testimonial', 'Rosa', '--work-mode', 'office'], /work mode "office" is not one of: remote, on-site, hybrid/],
    [['testimonial', 'Rosa', '--description', 'x'], /unknown option --description for testimonial/],
  ])('refuses %j with a one-line error', (argv, message) => {
    const error = errorOf(argv);
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
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
      expect(file.data['draft']).toBe(true);
      expect((file.data['pubDate'] as Date).toISOString().slice(0, 10)).toBe('2026-11-24');
    }
    for (const text of [article, testimonial]) {
      expect(text).toMatch(/^## /m);
      expect(text).not.toMatch(/^# /m);
      expect(text).toContain('TODO:');
      expect(text).not.toMatch(/[<{}]/);
    }
  });
});
