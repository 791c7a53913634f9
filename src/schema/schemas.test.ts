import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleSchema, readingPathSchema, testimonialSchema } from './schemas.ts';
import { siteConfig } from '../site.config.ts';

/** Astro's image() yields a richer object; for the schema rules a path string is enough. */
const image = () => z.string().min(1);
const articles = articleSchema({ image });

const validArticle = {
  title: 'Why agents come back every day',
  description: 'Six reasons people keep choosing the phones.',
  pubDate: new Date('2026-02-10'),
  tags: ['careers', 'job-satisfaction'],
};

const validTestimonial = {
  name: 'Rosa',
  headline: 'I took a phone job for the bills and found a game I love',
  role: 'Remote customer service agent',
  startedAs: 'Part-time phone agent',
  yearsInService: 6,
  channels: ['phone', 'chat'],
  employer: 'online-retailer',
  workMode: 'remote',
  quote: 'By the end of every call I want the caller to feel they were talking to a friend.',
  pubDate: '2026-04-02',
  tags: ['remote-work'],
  composite: true,
};

/** The issues of a failed parse as "field: message" lines, for readable assertions. */
function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articleSchema', () => {
  it('builds only the hero field per call: Astro calls it once for every entry', () => {
    const other = articleSchema({ image: () => z.string() });
    for (const field of ['title', 'description', 'pubDate', 'updatedDate', 'tags', 'draft', 'featured', 'author'])
      expect(other.shape[field as keyof typeof other.shape], field).toBe(
        articles.shape[field as keyof typeof articles.shape],
      );
    expect(other.shape.hero).not.toBe(articles.shape.hero);
    expect(Object.keys(other.shape)).toEqual([
      'title',
      'description',
      'pubDate',
      'updatedDate',
      'tags',
      'draft',
      'featured',
      'hero',
      'author',
    ]);
  });

  it('accepts a minimal article and fills in defaults', () => {
    const data = articles.parse(validArticle);
    expect(data.draft).toBe(false);
    expect(data.featured).toBe(false);
    expect(data.author).toBe(siteConfig.author);
    expect(data.tags).toEqual([
      { slug: 'careers', label: 'Careers' },
      { slug: 'job-satisfaction', label: 'Job satisfaction' },
    ]);
  });

  it('accepts every optional field', () => {
    const data = articles.parse({
      ...validArticle,
      updatedDate: '2026-03-01',
      draft: true,
      featured: true,
      author: 'Sam',
      hero: { src: './hero.jpg', alt: 'An agent with a headset smiling at a screen' },
    });
    expect(data.updatedDate?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(data.hero?.alt).toContain('headset');
    expect(data.featured).toBe(true);
  });

  it('trims, lower-cases and de-duplicates tags', () => {
    const data = articles.parse({ ...validArticle, tags: [' Careers ', 'careers', 'REMOTE-WORK'] });
    expect(data.tags.map((tag) => tag.slug)).toEqual(['careers', 'remote-work']);
  });

  it('counts tags after removing repeats', () => {
    const sevenWithRepeats = ['a', 'b', 'c', 'd', 'e', 'f', 'a'];
    expect(articles.safeParse({ ...validArticle, tags: sevenWithRepeats }).success).toBe(true);
  });

  it('reads a quoted date string the same as a YAML date', () => {
    expect(articles.parse({ ...validArticle, pubDate: '2026-02-10' }).pubDate).toEqual(validArticle.pubDate);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['a missing title', { title: undefined }, 'title', /is required/],
    ['an empty title', { title: '   ' }, 'title', /empty/],
    ['a title that is not text', { title: 42 }, 'title', /as text/],
    ['a title too long for search results', { title: 'x'.repeat(71) }, 'title', /at most 70 characters/],
    ['an over-long description', { description: 'x'.repeat(201) }, 'description', /at most 200/],
    ['a missing pubDate', { pubDate: undefined }, 'pubDate', /is required.*2026-03-14/],
    ['a pubDate that is not a date', { pubDate: 'last Tuesday' }, 'pubDate', /written like 2026-03-14/],
    ['a pubDate in no month', { pubDate: '2026-13-45' }, 'pubDate', /a year has 12 months, so there is no 2026-13-45/],
    [
      'a pubDate on a day the month does not have',
      { pubDate: '2026-02-30' },
      'pubDate',
      /: expected the publication date on a day that exists, but February 2026 has 28 days, so there is no 2026-02-30$/,
    ],
    [
      'an updatedDate before pubDate',
      { updatedDate: '2026-01-01' },
      'updatedDate',
      /on or after pubDate \(2026-02-10\)/,
    ],
    ['no tags', { tags: [] }, 'tags', /at least one tag/],
    ['tags that are not a list', { tags: 'careers' }, 'tags', /list of tags/],
    ['a tag with spaces', { tags: ['Remote Work'] }, 'tags.0', /slug.*"remote-work"/],
    ['a tag with punctuation', { tags: ['careers', 'c++!'] }, 'tags.1', /lower-case slug/],
    ['seven different tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'tags', /at most 6/],
    ['a draft flag that is not a boolean', { draft: 'yes' }, 'draft', /true or false/],
    ['a featured flag that is not a boolean', { featured: 'yes' }, 'featured', /featured to be true or false/],
    ['a hero image without alt text', { hero: { src: './hero.jpg' } }, 'hero.alt', /alt text/],
    [
      'a hero image with an unknown key',
      { hero: { src: './a.jpg', alt: 'A desk', caption: 'x' } },
      'hero',
      /unknown field "caption"/,
    ],
    ['an empty author', { author: '' }, 'author', /empty/],
    ['a misspelt key', { pubdate: '2026-02-10' }, '', /unknown field "pubdate"/],
  ];

  it.each(invalid)('rejects %s, naming the field', (_label, change, field, message) => {
    const issues = issuesOf(articles, { ...validArticle, ...change });
    expect(issues).toContainEqual(expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}: `)));
    expect(issues.find((issue) => issue.startsWith(`${field}: `))).toMatch(message);
  });
});

describe('testimonialSchema', () => {
  it('accepts a valid testimonial', () => {
    const data = testimonialSchema.parse(validTestimonial);
    expect(data.pubDate.toISOString()).toBe('2026-04-02T00:00:00.000Z');
    expect(data.draft).toBe(false);
  });

  it('accepts a first name with accents and drops repeated channels', () => {
    const data = testimonialSchema.parse({
      ...validTestimonial,
      name: 'Inés',
      channels: ['phone', 'phone', 'in-person'],
    });
    expect(data.name).toBe('Inés');
    expect(data.channels).toEqual(['phone', 'in-person']);
  });

  it('accepts the bounds of yearsInService', () => {
    expect(testimonialSchema.safeParse({ ...validTestimonial, yearsInService: 0 }).success).toBe(true);
    expect(testimonialSchema.safeParse({ ...validTestimonial, yearsInService: 60 }).success).toBe(true);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['a full name', { name: 'Rosa Martinez' }, 'name', /one first name/],
    ['a lower-case name', { name: 'rosa' }, 'name', /capital letter/],
    ['a missing role', { role: undefined }, 'role', /is required/],
    ['an empty startedAs', { startedAs: '' }, 'startedAs', /empty/],
    ['fractional years', { yearsInService: 2.5 }, 'yearsInService', /whole number/],
    ['negative years', { yearsInService: -1 }, 'yearsInService', /0 to 60/],
    ['more than sixty years', { yearsInService: 61 }, 'yearsInService', /0 to 60/],
    ['years as text', { yearsInService: 'ten' }, 'yearsInService', /whole number/],
    ['no channels', { channels: [] }, 'channels', /at least one channel/],
    [
      'an unknown channel',
      { channels: ['phone', 'fax'] },
      'channels.1',
      /one of phone, email, chat, in-person, social/,
    ],
    ['an unknown employer kind', { employer: 'startup' }, 'employer', /one of online-retailer/],
    ['an unknown work mode', { workMode: 'office' }, 'workMode', /one of remote, on-site, hybrid/],
    ['an empty quote', { quote: ' ' }, 'quote', /empty/],
    ['an over-long quote', { quote: 'x'.repeat(201) }, 'quote', /at most 200/],
    ['a bad tag', { tags: ['Remote Work'] }, 'tags.0', /"remote-work"/],
    ['a missing pubDate', { pubDate: undefined }, 'pubDate', /is required/],
    ['an article-only field', { description: 'Not a testimonial field' }, '', /unknown field "description"/],
    ['a missing headline', { headline: undefined }, 'headline', /is required: a headline/],
    ['an over-long headline', { headline: 'x'.repeat(71) }, 'headline', /at most 70/],
    [
      'neither composite nor consent',
      { composite: undefined },
      'consent',
      /is required before publishing: write composite: true for an illustrative composite, or consent/,
    ],
    ['composite: false', { composite: false }, 'composite', /expected composite: true/],
    ['both composite and consent', { consent: { given: '2026-01-05', name: 'real' } }, 'consent', /not both/],
    ['consent without a date', { composite: undefined, consent: { name: 'real' } }, 'consent.given', /is required/],
    [
      'consent with an unknown name kind',
      { composite: undefined, consent: { given: '2026-01-05', name: 'full' } },
      'consent.name',
      /real, pseudonym/,
    ],
    [
      'a misspelt consent field',
      { composite: undefined, consent: { given: '2026-01-05', name: 'real', expiry: '2027-01-05' } },
      'consent',
      /unknown field "expiry"/,
    ],
    [
      'a consent that ends before it was given',
      { composite: undefined, consent: { given: '2026-01-05', expires: '2025-12-31', name: 'real' } },
      'consent.expires',
      /after the date consent was given/,
    ],
    ['a milestone year of 0', { milestones: [{ year: 0, role: 'Agent' }] }, 'milestones.0.year', /from 1 to 60/],
    [
      'milestones out of order',
      {
        milestones: [
          { year: 3, role: 'Team lead' },
          { year: 2, role: 'Agent' },
        ],
      },
      'milestones.1.year',
      /in order/,
    ],
    [
      'a milestone after yearsInService',
      { milestones: [{ year: 7, role: 'Team lead' }] },
      'milestones.0.year',
      /within yearsInService \(6\)/,
    ],
    ['a milestone without a role', { milestones: [{ year: 2 }] }, 'milestones.0.role', /is required/],
  ];

  it('accepts consent for a real contributor, with or without an end date', () => {
    const open = testimonialSchema.parse({
      ...validTestimonial,
      composite: undefined,
      consent: { given: '2026-01-05', name: 'pseudonym' },
    });
    expect(open.consent).toEqual({ given: new Date('2026-01-05'), name: 'pseudonym' });
    const ending = testimonialSchema.parse({
      ...validTestimonial,
      composite: undefined,
      consent: { given: '2026-01-05', expires: '2027-01-05', name: 'real' },
    });
    expect(ending.consent?.expires?.toISOString()).toBe('2027-01-05T00:00:00.000Z');
  });

  it('lets only a draft wait for its consent, with neither composite nor consent', () => {
    const waiting = { ...validTestimonial, composite: undefined, draft: true };
    expect(issuesOf(testimonialSchema, waiting)).toEqual([]);
    expect(issuesOf(testimonialSchema, { ...waiting, draft: false })).toEqual([
      expect.stringMatching(/^consent: is required before publishing/),
    ]);
  });

  it('accepts milestones in order within the years in service', () => {
    const data = testimonialSchema.parse({
      ...validTestimonial,
      milestones: [
        { year: 2, role: 'Chat agent' },
        { year: 6, role: 'Senior agent' },
      ],
    });
    expect(data.milestones?.map((milestone) => milestone.year)).toEqual([2, 6]);
  });

  it.each(invalid)('rejects %s, naming the field', (_label, change, field, message) => {
    const issues = issuesOf(testimonialSchema, { ...validTestimonial, ...change });
    expect(issues).toContainEqual(expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}: `)));
    expect(issues.find((issue) => issue.startsWith(`${field}: `))).toMatch(message);
  });
});

describe('readingPathSchema', () => {
  const valid = {
    title: 'New to customer service? Start here',
    description: 'Four stories for your first month.',
    entries: ['articles/before-you-join-customer-care', 'testimonials/rosa-remote-retail-agent'],
  };

  it('accepts a valid path and defaults its order', () => {
    expect(readingPathSchema.parse(valid)).toEqual({ ...valid, order: 100 });
  });

  it.each([
    ['entries', { entries: ['articles/only-one'] }, /at least two entries/],
    ['entries.0', { entries: ['posts/x', 'articles/y'] }, /"articles\/<file name>"/],
    ['entries.1', { entries: ['articles/x', 'articles/y.mdx'] }, /without \.mdx/],
    ['entries', { entries: ['articles/x', 'articles/x'] }, /only once/],
    ['title', { title: '' }, /title of the reading path/],
    ['order', { order: 1.5 }, /whole number/],
    ['', { extra: true }, /unknown field "extra"/],
  ])('refuses a bad %s with a message naming it', (field, change, message) => {
    const result = readingPathSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join('.')).toBe(field);
    expect(issue?.message).toMatch(message);
  });
});
