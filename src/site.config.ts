import { z } from 'zod';

/** The shape every site setting must have; parsed once when the config is first imported. */
export const siteConfigSchema = z
  .object({
    title: z.string().trim().min(1).describe('Site name, used in page titles and feeds.'),
    description: z
      .string()
      .trim()
      .min(1)
      .describe('One-sentence summary of the site, used on the home page, in meta tags and feeds.'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://example.org' })
      .refine((url) => !URL.canParse(url) || `${new URL(url).origin}/` === new URL(url).href, {
        error: 'must be an origin only, such as https://example.org; put a sub-path in SITE_BASE instead',
      })
      .transform((url) => new URL(url).origin)
      .describe('Production origin of the site, without a path; SITE_URL overrides it.'),
    base: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/?)*$/, 'must be a path such as /stories, starting with a slash')
      .transform((base) => (base === '/' ? '/' : `/${base.replace(/^\/+|\/+$/g, '')}`))
      .describe('Path the site is served under, "/" at the root; SITE_BASE overrides it.'),
    lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "en" or "en-GB"'),
    author: z.string().trim().min(1).describe('Author credited when a post names none.'),
    pageSize: z.number().int().min(1).max(100).describe('Entries per page on paginated lists.'),
    feedLimit: z
      .number()
      .int()
      .min(1)
      .max(500)
      .describe('Most entries in any one feed, newest first, so feeds stay small as the site grows.'),
    contactEmail: z
      .union(
        [
          z.literal('').transform(() => undefined),
          z.email({ error: 'must be an email address such as stories@example.org' }),
        ],
        {
          error: 'must be an email address such as stories@example.org, or empty for none',
        },
      )
      .optional()
      .describe(
        'Where readers send their stories from /share/; CONTACT_EMAIL overrides it, and an empty value means none (the page then says how else to reach the editors, and the build warns).',
      ),
    repositoryEditUrl: z
      .url({ protocol: /^https$/, error: 'must be an https address such as https://github.com/org/repo/edit/main/' })
      .refine((url) => url.endsWith('/'), { error: 'must end with a slash: the path of a story file is added to it' })
      .optional()
      .describe(
        'Where an editor edits a file in the repository, such as https://github.com/org/repo/edit/main/; when set, "Suggest a correction" on each story opens that file there instead of an email. REPOSITORY_EDIT_URL overrides it.',
      ),
    emailSubscription: z
      .strictObject({
        service: z.string().trim().min(1).describe('Name of the feed-to-email service, shown beside the form.'),
        action: z
          .url({ protocol: /^https$/, error: 'must be the https address the service takes sign-ups at' })
          .describe('Where the form posts the reader’s address: the service’s sign-up endpoint.'),
        emailField: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/, 'must be a form field name such as email')
          .default('email')
          .describe('The name the service gives its email field.'),
      })
      .optional()
      .describe(
        'Subscribing by email through a feed-to-email service, off when absent. When set, /subscribe/ shows a form that posts only to `action`, and the CSP form-action allows that origin; nothing loads from the service until a reader sends the form. EMAIL_SUBSCRIBE_ACTION (with EMAIL_SUBSCRIBE_SERVICE) turns it on for a build.',
      ),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export function parseSiteConfig(raw: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  site config ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`Invalid site configuration in src/site.config.ts:\n${problems}`);
  }
  return result.data;
}

export const siteConfig: SiteConfig = parseSiteConfig({
  title: 'Service Stories',
  description:
    'Honest stories about careers in customer service: why people choose the work, what it is really like, and what it gives back.',
  url: process.env['SITE_URL'] || 'https://service-stories.example.org',
  base: process.env['SITE_BASE'] || '/',
  lang: 'en',
  author: 'The Service Stories editors',
  pageSize: 6,
  feedLimit: 50,
  contactEmail: process.env['CONTACT_EMAIL'] ?? 'stories@service-stories.example.org',
  repositoryEditUrl: process.env['REPOSITORY_EDIT_URL'] || undefined,
  // Off by default: no reader's address goes to a third party unless the editors choose one.
  emailSubscription: process.env['EMAIL_SUBSCRIBE_ACTION']
    ? {
        service: process.env['EMAIL_SUBSCRIBE_SERVICE'] || 'our email service',
        action: process.env['EMAIL_SUBSCRIBE_ACTION'],
      }
    : undefined,
});
