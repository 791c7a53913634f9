import { z } from 'zod';
import { siteConfig } from '../site.config.ts';
import { dateFromText } from './calendar-date.ts';
import { nearestName } from './spelling.ts';
import { suggestTagSlug, TAG_SLUG_PATTERN, tagLabel, type Tag } from './tags.ts';
import { channels, employerKinds, workModes } from './vocabulary.ts';

/*
 * Frontmatter schemas for both collections. Every message says what was expected, because
 * Astro prints it next to the file and field name when a build fails.
 * `.describe()` comes last on each field so the frontmatter reference can read it back.
 */

function text(what: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : `expected ${what} as text`) })
    .trim()
    .min(1, `expected ${what}, but it is empty`)
    .max(max, `expected ${what} of at most ${max} characters`);
}

/**
 * A date as frontmatter holds it. Written as text ("2026-03-14", quoted or not) it must name a day
 * that exists: YAML parsers quietly roll 2026-02-30 over to 2 March, so the day is checked here
 * before it becomes a Date. A Date is taken as it is (Astro's YAML parser has made it already;
 * the content check, which reads the text first, has checked that one).
 */
function date(what: string) {
  return z.preprocess(
    (value, ctx) => {
      if (typeof value !== 'string') return value;
      const parsed = dateFromText(value.trim());
      if (typeof parsed !== 'string') return parsed ?? value;
      ctx.addIssue({ code: 'custom', message: `expected ${what} on a day that exists, but ${parsed}`, input: value });
      return value;
    },
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `is required: ${what}, written like 2026-03-14`
          : `expected ${what} written like 2026-03-14, but it says ${writtenAs(issue.input)}`,
    }),
  );
}

/** A value as the editor wrote it, quoted back in a message. */
function writtenAs(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return `"${value.toISOString().slice(0, 10)}"`;
  return JSON.stringify(value) ?? String(value);
}

function oneOf<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      `expected ${what}: one of ${values.join(', ')}${issue.input === undefined ? '' : `, but it says ${writtenAs(issue.input)}`}`,
  });
}

const tagSlug = z
  .string({ error: 'expected each tag as text' })
  .trim()
  .toLowerCase()
  .refine((tag) => TAG_SLUG_PATTERN.test(tag), {
    error: (issue) =>
      `expected a lower-case slug of letters, digits and hyphens, such as "${suggestTagSlug(String(issue.input)) || 'remote-work'}"`,
  });

export const tagsField = z
  .array(tagSlug, { error: 'expected a list of tags, such as [careers, remote-work]' })
  .min(1, 'expected at least one tag')
  .transform((slugs) => [...new Set(slugs)])
  .refine((slugs) => slugs.length <= 6, 'expected at most 6 different tags')
  .transform((slugs): Tag[] => slugs.map((slug) => ({ slug, label: tagLabel(slug) })))
  .describe(
    '1 to 6 tags; each is trimmed and lower-cased, must be a slug such as `remote-work`, and repeats are dropped.',
  );

const draftField = z
  .boolean({ error: 'expected draft to be true or false' })
  .default(false)
  .describe('`true` keeps the entry out of production builds, feeds and tag counts; shown in `npm run dev`.');

const pubDateField = date('the publication date').describe(
  'Publication date, `YYYY-MM-DD`. A date in the future schedules the entry: it appears on the first build on or after that day.',
);

/** An unknown field named back, with the known field it was probably meant to be. */
function unknownFields(keys: readonly string[], known: readonly string[]): string {
  const meant = keys.map((key) => nearestName(key, known));
  const guesses = keys.flatMap((key, index) => (meant[index] ? [`"${key}" → ${meant[index]}`] : []));
  const fields = keys.map((key) => `"${key}"`).join(', ');
  if (guesses.length === keys.length && keys.length === 1) return `unknown field ${fields}: did you mean ${meant[0]}?`;
  if (guesses.length > 0) return `unknown field ${fields}: did you mean ${guesses.join(', ')}?`;
  return `unknown field ${fields}: check its spelling against the frontmatter reference`;
}

function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, Object.keys(shape)) : undefined),
  });
}

function updatedNotBeforePublished(data: { pubDate: Date; updatedDate?: Date | undefined }, ctx: z.RefinementCtx) {
  if (data.updatedDate && data.updatedDate < data.pubDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['updatedDate'],
      message: `expected updatedDate on or after pubDate (${data.pubDate.toISOString().slice(0, 10)})`,
    });
  }
}

/**
 * The article fields that do not depend on the image check, built once: Astro calls a
 * collection's schema function for every entry (its image() is the entry's own), and building
 * these zod schemas again took half a second of CPU per thousand entries, in `astro dev`'s start too.
 */
const articleFields = {
  title: text('a title', 70).describe('Headline of the article, at most 70 characters so it fits in search results.'),
  description: text('a one-sentence description', 200).describe(
    'One-sentence summary (at most 200 characters) shown in lists, search results, meta tags and feeds.',
  ),
  pubDate: pubDateField,
  updatedDate: date('the date of the last significant update')
    .optional()
    .describe('Date of the last significant update, `YYYY-MM-DD`; never before `pubDate`.'),
  tags: tagsField,
  draft: draftField,
  featured: z
    .boolean({ error: 'expected featured to be true or false' })
    .default(false)
    .describe(
      '`true` leads the home page with this article and its art; the newest featured article wins, and with none the newest article leads.',
    ),
  author: text('the author name', 80)
    .default(siteConfig.author)
    .describe(`Who wrote it; defaults to "${siteConfig.author}".`),
};

const heroAlt = text('alt text describing the image for people who cannot see it', 250).describe(
  'What the image shows, for people who cannot see it.',
);

/**
 * The article schema, given what checks a hero image path: Astro's image() in the build, which
 * also loads the image, or a plain file check in editors' tools that run without Astro.
 */
export function articleSchema<Image extends z.ZodType>({ image }: { image: () => Image }) {
  const { author, ...fields } = articleFields;
  return strictObject({
    ...fields,
    hero: strictObject({
      src: image().describe('Path of the image, relative to the MDX file.'),
      alt: heroAlt,
    })
      .optional()
      .describe('Optional lead image: `src` (path relative to the file) and `alt` (required text alternative).'),
    author,
  }).superRefine(updatedNotBeforePublished);
}

const yearsRule =
  'Whole years since the first customer-facing job named in `startedAs`, counting every customer-facing role since (shop counter, front desk, sales, phone, chat, email) and leaving out time away from work';

const wholeYears = (what: string, min: number) =>
  z
    .number({ error: `expected ${what} as a whole number of years from ${min} to 60` })
    .int(`expected ${what} as a whole number of years from ${min} to 60`)
    .min(min, `expected ${what} as a whole number of years from ${min} to 60`)
    .max(60, `expected ${what} as a whole number of years from ${min} to 60`);

const milestoneSchema = strictObject({
  year: wholeYears('the milestone year', 1).describe('Whole years into the career when this role began.'),
  role: text('the role at that point', 80).describe('The job title then.'),
});

const consentSchema = strictObject({
  given: date('the date consent was given').describe('When the person agreed to publication, `YYYY-MM-DD`.'),
  expires: date('the date consent ends')
    .optional()
    .describe('When the permission ends, `YYYY-MM-DD`; from the first build on that day the story is unpublished.'),
  name: oneOf('how the name is shown', ['real', 'pseudonym'] as const).describe(
    '`real` if the page shows their real first name, `pseudonym` if not.',
  ),
}).superRefine((consent, ctx) => {
  if (consent.expires && consent.expires <= consent.given) {
    ctx.addIssue({
      code: 'custom',
      path: ['expires'],
      message: `expected the end of consent after the date consent was given (${consent.given.toISOString().slice(0, 10)})`,
    });
  }
});

/**
 * A testimonial is either a composite or published under recorded consent, never both. Only a
 * draft may have neither yet: a story sent in by a reader waits as a draft while the editors agree
 * consent with its author (npm run new -- testimonial --from), and cannot be published without it.
 */
function compositeOrConsent(
  data: { composite?: true | undefined; consent?: unknown; draft: boolean },
  ctx: z.RefinementCtx,
) {
  if (data.composite && data.consent) {
    ctx.addIssue({
      code: 'custom',
      path: ['consent'],
      message: 'expected either composite: true or consent, not both: a composite has no real person to consent',
    });
  } else if (!data.composite && !data.consent && !data.draft) {
    ctx.addIssue({
      code: 'custom',
      path: ['consent'],
      message:
        'is required before publishing: write composite: true for an illustrative composite, or consent with given (a date), name (real or pseudonym) and, if agreed, expires',
    });
  }
}

/** Milestones run in order, each after the last, and within the years in service. */
function milestonesInOrder(
  data: { yearsInService: number; milestones?: { year: number }[] | undefined },
  ctx: z.RefinementCtx,
) {
  let previous = 0;
  data.milestones?.forEach((milestone, index) => {
    if (milestone.year <= previous) {
      ctx.addIssue({
        code: 'custom',
        path: ['milestones', index, 'year'],
        message: `expected milestones in order, each after the one before (year ${previous}); got ${milestone.year}`,
      });
    } else if (milestone.year > data.yearsInService) {
      ctx.addIssue({
        code: 'custom',
        path: ['milestones', index, 'year'],
        message: `expected a year within yearsInService (${data.yearsInService}); got ${milestone.year}`,
      });
    }
    previous = Math.max(previous, milestone.year);
  });
}

export const testimonialSchema = strictObject({
  name: z
    .string({ error: 'is required: the person’s first name as shown on the page' })
    .trim()
    .regex(/^\p{Lu}[\p{L}'’-]{0,29}$/u, 'expected one first name with a capital letter, such as "Rosa"')
    .describe('The first name shown on the page: invented for a composite, real or a pseudonym under consent.'),
  headline: text('a headline', 70).describe(
    'The line readers click, at most 70 characters, such as "I took a phone job for the bills and found a game I love".',
  ),
  role: text('the person’s current role', 80).describe('Current job title, such as "Customer service manager".'),
  startedAs: text('where the person started', 120).describe(
    'Their first customer-facing job, as a short phrase: year 0 of their years in service.',
  ),
  yearsInService: wholeYears('yearsInService', 0).describe(`${yearsRule}; from 0 to 60.`),
  milestones: z
    .array(milestoneSchema, { error: 'expected a list of milestones, such as [{ year: 3, role: "Team lead" }]' })
    .optional()
    .describe(
      'Optional steps between `startedAs` (year 0) and `role` (now), in order: each `year` (whole years into the career, at most `yearsInService`) and the `role` then.',
    ),
  channels: z
    .array(oneOf('a channel', channels), { error: `expected a list of channels, such as [phone, chat]` })
    .min(1, `expected at least one channel: ${channels.join(', ')}`)
    .transform((list) => [...new Set(list)])
    .describe(
      `Channels they serve customers through: now, or in their last customer-facing role if they have moved on (a product manager who came from support lists the support channels). A non-empty list of: ${channels.join(', ')}.`,
    ),
  employer: oneOf('the kind of employer', employerKinds).describe(
    `Kind of employer: one of ${employerKinds.join(', ')}.`,
  ),
  workMode: oneOf('the work mode', workModes).describe(`Where they work: one of ${workModes.join(', ')}.`),
  quote: text('a short pull quote', 200).describe(
    'A short pull quote (at most 200 characters) in the person’s words from the story, set large on the page.',
  ),
  pubDate: pubDateField,
  tags: tagsField,
  draft: draftField,
  composite: z
    .literal(true, { error: 'expected composite: true, or leave it out and record consent instead' })
    .optional()
    .describe(
      '`true` when the person is an illustrative composite with an invented name. Either this or `consent`; only a draft may have neither.',
    ),
  consent: consentSchema
    .optional()
    .describe(
      'For a real contributor: `given` (date), optional `expires` (date), and `name` (`real` or `pseudonym`). Either this or `composite`. From the first build on or after `expires`, the story is withdrawn from every page, feed, count and index.',
    ),
})
  .superRefine(compositeOrConsent)
  .superRefine(milestonesInOrder);

/** Article frontmatter once parsed; the hero image is left open, as each caller checks it its own way. */
export type ArticleData = z.infer<ReturnType<typeof articleSchema<z.ZodType<unknown>>>>;
export type TestimonialData = z.infer<typeof testimonialSchema>;

/** `articles/<id>` or `testimonials/<id>`: how a reading path names its members. */
export const ENTRY_REFERENCE = /^(articles|testimonials)\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const readingPathSchema = strictObject({
  title: text('the title of the reading path', 80).describe(
    'Name of the series, such as "New to customer service? Start here".',
  ),
  description: text('a one-sentence description of the path', 200).describe('One sentence on who the path is for.'),
  order: z
    .number({ error: 'expected order as a whole number; lower numbers come first on the home page' })
    .int('expected order as a whole number; lower numbers come first on the home page')
    .default(100)
    .describe('Position among reading paths on the home page; lower comes first.'),
  entries: z
    .array(
      z
        .string({ error: 'expected each entry as text, such as "articles/before-you-join-customer-care"' })
        .trim()
        .regex(ENTRY_REFERENCE, 'expected "articles/<file name>" or "testimonials/<file name>", without .mdx'),
      { error: 'expected a list of entries, such as [articles/first-post, testimonials/rosa]' },
    )
    .min(2, 'expected at least two entries: a path of one is just a link')
    .refine((list) => new Set(list).size === list.length, 'expected each entry only once')
    .describe('The stories in reading order, each as `articles/<file name>` or `testimonials/<file name>`.'),
});
