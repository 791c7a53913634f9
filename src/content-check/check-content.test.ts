import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from './check-content.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const now = new Date('2026-11-24T12:00:00Z');

function article(title: string, tags: string[], body = 'A short body.', extra = ''): string {
  return `---\ntitle: "${title}"\ndescription: "A sentence."\npubDate: 2026-01-10\ntags: [${tags.join(', ')}]\n${extra}---\n\n${body}\n`;
}

const TAG_LIST = [
  'careers: { label: Careers, description: Why people choose the work. }',
  'empathy: { label: Empathy, description: Understanding how a customer feels. }',
  'phone-support: { label: Phone support, description: Helping customers by phone. }',
  'remote-work: { label: Remote work, description: Customer service from home. }',
  '',
].join('\n');

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A scratch project: two healthy articles, a page or two, and whatever files a case adds. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'check-content-'));
  roots.push(root);
  const all: Record<string, string> = {
    'src/pages/index.astro': '',
    'src/pages/about.astro': '',
    'src/pages/rss.xml.ts': '',
    'src/pages/articles/[...page].astro': '',
    'src/pages/articles/[slug].astro': '',
    'content/articles/first.mdx': article('First', ['remote-work', 'careers']),
    'content/articles/second.mdx': article('Second', ['remote-work', 'empathy']),
    'content/tags.yaml': TAG_LIST,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function lines(root: string): string[] {
  return checkContent(root, now).reports.map(formatReport);
}

describe('checkContent', () => {
  it('passes a clean project', () => {
    const result = checkContent(project({}), now);
    expect(result.reports).toEqual([]);
    expect(result.checked).toBe(2);
  });

  it('passes the real content with no errors', () => {
    const result = checkContent(projectRoot, now);
    expect(result.reports.filter((report) => report.severity === 'error').map(formatReport)).toEqual([]);
  });

  it('reports a schema problem with file, field and expectation', () => {
    const root = project({ 'content/articles/bad.mdx': article('Bad', ['careers']).replace('2026-01-10', 'soon') });
    expect(lines(root)).toEqual([
      'content/articles/bad.mdx: pubDate: expected the publication date written like 2026-03-14, but it says "soon"',
    ]);
  });

  it('quotes back a date written another way', () => {
    const root = project({
      'content/articles/bad.mdx': article('Bad', ['careers']).replace('2026-01-10', '07/12/2026'),
    });
    expect(lines(root)).toEqual([
      'content/articles/bad.mdx: pubDate: expected the publication date written like 2026-03-14, but it says "07/12/2026"',
    ]);
  });

  it('asks "did you mean" for an unknown field close to a known one, and only then', () => {
    const close = article('Bad', ['careers']).replace('pubDate:', 'pubdate:');
    const far = article('Bad', ['careers'], 'A short body.', 'mood: sunny\n');
    const both = article('Bad', ['careers'], 'A short body.', 'descripton: "x"\nmood: sunny\n');
    expect(lines(project({ 'content/articles/close.mdx': close }))).toEqual([
      'content/articles/close.mdx: pubDate: is required: the publication date, written like 2026-03-14',
      'content/articles/close.mdx: frontmatter: unknown field "pubdate": did you mean pubDate?',
    ]);
    expect(lines(project({ 'content/articles/far.mdx': far }))).toEqual([
      'content/articles/far.mdx: frontmatter: unknown field "mood": check its spelling against the frontmatter reference',
    ]);
    expect(lines(project({ 'content/articles/both.mdx': both }))).toEqual([
      'content/articles/both.mdx: frontmatter: unknown field "descripton", "mood": did you mean "descripton" → description?',
    ]);
  });

  it('quotes back a value outside a fixed list', () => {
    const text = `---\nname: "Ana"\nheadline: "A headline"\nrole: "Agent"\nstartedAs: "Shop assistant"\nyearsInService: 3\nchannels: [phone]\nemployer: telco\nworkMode: remote\nquote: "A quote."\npubDate: 2026-01-10\ntags: [careers]\ncomposite: true\n---\n\nMy story.\n`;
    expect(lines(project({ 'content/testimonials/ana.mdx': text }))).toEqual([
      'content/testimonials/ana.mdx: employer: expected the kind of employer: one of online-retailer, family-business, software-company, e-commerce, telecom, hospitality, financial-services, but it says "telco"',
    ]);
  });

  it('points a badly written tag at the listed one', () => {
    const root = project({ 'content/articles/x.mdx': article('X', ['careers', '"Remote Work"']) });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: tags[1]: "Remote Work" looks like the listed tag "remote-work"; write it as remote-work',
    ]);
  });

  it('refuses a tag not on content/tags.yaml, naming the closest listed tag and how to add a new one', () => {
    const root = project({ 'content/articles/x.mdx': article('X', ['phone-suport', 'carreers', 'remotework']) });
    const add = 'or, for a new tag, add it to content/tags.yaml with a label and a one-sentence description';
    expect(lines(root)).toEqual([
      `content/articles/x.mdx: tags[0]: "phone-suport" is not on the list of tags; did you mean "phone-support"? Write phone-support, ${add}`,
      `content/articles/x.mdx: tags[1]: "carreers" is not on the list of tags; did you mean "careers"? Write careers, ${add}`,
      `content/articles/x.mdx: tags[2]: "remotework" is not on the list of tags; did you mean "remote-work"? Write remote-work, ${add}`,
    ]);
    expect(checkContent(root, now).errors).toBe(3);
  });

  it('names no closest tag when nothing on the list is near', () => {
    const root = project({ 'content/articles/x.mdx': article('X', ['careers', 'underwater-basket-weaving']) });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: tags[1]: "underwater-basket-weaving" is not on the list of tags; use one from content/tags.yaml, or, for a new tag, add it to content/tags.yaml with a label and a one-sentence description',
    ]);
  });

  it('passes a tag once it is added to the list', () => {
    const listed = `${TAG_LIST}pay: { label: Pay, description: What the jobs pay. }\n`;
    const root = project({ 'content/articles/x.mdx': article('X', ['pay']), 'content/tags.yaml': listed });
    expect(lines(root)).toEqual([]);
  });

  it('checks the list itself: slugs, a label, one sentence, and no missing file', () => {
    const broken = `${TAG_LIST}Bad Slug: { label: X, description: Fine. }\npay: { label: Pay, description: no capital and no stop }\n`;
    expect(lines(project({ 'content/tags.yaml': broken }))).toEqual([
      'content/tags.yaml: Bad Slug: expected a lower-case slug of letters, digits and hyphens, such as remote-work',
      'content/tags.yaml: pay.description: expected one sentence, starting with a capital letter and ending with a full stop',
    ]);
    const root = project({});
    rmSync(path.join(root, 'content', 'tags.yaml'));
    expect(lines(root)).toEqual([
      'content/tags.yaml: file: expected the list of tags here; every story tag must be on it',
    ]);
  });

  it('refuses two files that get the same address', () => {
    const root = project({ 'content/articles/First.mdx': article('Shouting', ['careers']) });
    const reported = lines(root);
    expect(reported).toContain(
      'content/articles/first.mdx: file name: has the same address /articles/first/ as content/articles/First.mdx; rename one of the two files',
    );
    expect(reported).toContain(
      'content/articles/First.mdx: file name: becomes the address /articles/first/; rename the file to first.mdx so the two match (warning)',
    );
  });

  it('reports a missing hero image with the field that names it', () => {
    const root = project({
      'content/articles/x.mdx': article('X', ['careers'], 'Body.', 'hero:\n  src: ./missing.jpg\n  alt: "A desk"\n'),
    });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: hero.src: expected an image file at "./missing.jpg", relative to this file, but there is none',
    ]);
  });

  it('refuses a .md file, which the collections would skip without a word, and counts it', () => {
    const root = project({ 'content/articles/my-story.md': article('Mine', ['careers']) });
    expect(lines(root)).toEqual([
      'content/articles/my-story.md: file: a .md file is not published: stories are .mdx files; rename it to my-story.mdx',
    ]);
    expect(checkContent(root, now).checked).toBe(3);
  });

  it('refuses a .md file beside the .mdx of the same name, which already has its address', () => {
    const root = project({ 'content/articles/first.md': article('First again', ['careers']) });
    expect(lines(root)).toEqual([
      'content/articles/first.md: file: a .md file is not published, and first.mdx already has this address; move what you need into first.mdx, then delete this file',
    ]);
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const root = project({});
    const latin1 = Buffer.from(article('Café', ['careers'], 'Line one.\nA résumé.'), 'latin1');
    writeFileSync(path.join(root, 'content/articles/latin.mdx'), latin1);
    expect(lines(root)).toEqual([
      'content/articles/latin.mdx: line 2: the file is not UTF-8 (it looks saved as Latin-1 or Windows-1252); save it again as UTF-8 in your editor',
    ]);
    const utf8 = project({ 'content/articles/cafe.mdx': article('Café', ['careers'], 'A résumé.') });
    expect(lines(utf8)).toEqual([]);
  });

  it('reports updatedDate before pubDate', () => {
    const root = project({ 'content/articles/x.mdx': article('X', ['careers'], 'Body.', 'updatedDate: 2025-12-01\n') });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: updatedDate: expected updatedDate on or after pubDate (2026-01-10)',
    ]);
  });

  it('reports internal links to no page, with a suggestion, and accepts links that exist', () => {
    const body = [
      'Fine: [first](/articles/first/), [tag](/tags/careers/), [about](/about/#team), [feed](/rss.xml), [web](https://example.org/x).',
      'Broken: [typo](/articles/frist/) and [gone](/articles/nowhere-at-all-really/).',
    ].join('\n');
    const root = project({ 'content/articles/x.mdx': article('X', ['careers'], body) });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: body: link "/articles/frist/" points to no page on the site; did you mean "/articles/first/"?',
      'content/articles/x.mdx: body: link "/articles/nowhere-at-all-really/" points to no page on the site',
    ]);
  });

  it('reports a missing trailing slash and links to unpublished entries', () => {
    const body = 'See [first](/articles/first) and [draft](/articles/later/).';
    const root = project({
      'content/articles/x.mdx': article('X', ['careers'], body),
      'content/articles/later.mdx': article('Later', ['careers'], 'Soon.', 'draft: true\n'),
    });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: body: link "/articles/first" needs a trailing slash: "/articles/first/"',
      'content/articles/x.mdx: body: link "/articles/later/" points to an entry that is a draft, so production has no such page',
    ]);
  });

  it('refuses a published entry that still has scaffold placeholders, but not a draft', () => {
    const root = project({
      'content/articles/w.mdx': article('W', ['careers'], 'Done.').replace('A sentence.', 'TODO: one sentence.'),
      'content/articles/x.mdx': article('X', ['careers'], '## Start\n\nTODO: write the opening.'),
      'content/articles/y.mdx': article('Y', ['careers'], '## Start\n\nTODO: write the opening.', 'draft: true\n'),
    });
    expect(lines(root)).toEqual([
      'content/articles/w.mdx: description: still contains a "TODO:" placeholder from the scaffold; finish it, or keep draft: true until it is ready',
      'content/articles/x.mdx: body: still contains a "TODO:" placeholder from the scaffold; finish it, or keep draft: true until it is ready',
    ]);
  });
});

describe('testimonials and consent', () => {
  const testimonial = (extra: string, body = 'My story.') =>
    `---\nname: "Ana"\nheadline: "A headline"\nrole: "Agent"\nstartedAs: "Shop assistant"\nyearsInService: 3\nchannels: [phone]\nemployer: telecom\nworkMode: remote\nquote: "A quote."\npubDate: 2026-01-10\ntags: [careers]\n${extra}---\n\n${body}\n`;

  it('warns about a draft that still waits for consent, naming the field, and refuses it once published', () => {
    const root = project({ 'content/testimonials/ana-agent.mdx': testimonial('draft: true\n') });
    expect(lines(root)).toEqual([
      'content/testimonials/ana-agent.mdx: consent: not recorded yet: agree consent with the writer, then add consent with given, name and, if agreed, expires before removing draft: true (warning)',
    ]);
    const published = project({ 'content/testimonials/ana-agent.mdx': testimonial('') });
    expect(lines(published)).toEqual([
      'content/testimonials/ana-agent.mdx: consent: is required before publishing: write composite: true for an illustrative composite, or consent with given (a date), name (real or pseudonym) and, if agreed, expires',
    ]);
  });

  it('says nothing once consent is recorded, or for a composite', () => {
    const root = project({
      'content/testimonials/ana-agent.mdx': testimonial('consent:\n  given: 2026-01-02\n  name: real\n'),
      'content/testimonials/bo-agent.mdx': testimonial('composite: true\n').replace('"Ana"', '"Bo"'),
    });
    expect(lines(root)).toEqual([]);
  });

  it('only warns about a link to a story whose consent has ended, so the daily build still withdraws it', () => {
    const root = project({
      'content/testimonials/ana-agent.mdx': testimonial(
        'consent:\n  given: 2026-01-02\n  expires: 2026-11-01\n  name: real\n',
      ),
      'content/articles/x.mdx': article('X', ['careers'], 'Read [Ana](/testimonials/ana-agent/).'),
    });
    const result = checkContent(root, now);
    expect(result.errors).toBe(0);
    expect(result.reports.map(formatReport)).toEqual([
      'content/articles/x.mdx: body: link "/testimonials/ana-agent/" points to an entry that is withdrawn: its consent ended on 2026-11-01, so production has no such page (warning)',
      'content/testimonials/ana-agent.mdx: consent.expires: consent ended on 2026-11-01, so production no longer publishes this story; renew the consent with a new expires date, or remove the file (warning)',
    ]);
  });
});

describe('reading paths', () => {
  const pathFile = (entries: string[]) =>
    `title: "Start here"\ndescription: "For newcomers."\nentries:\n${entries.map((e) => `  - ${e}`).join('\n')}\n`;

  it('accepts a path whose entries exist', () => {
    const root = project({ 'content/reading-paths/start.yaml': pathFile(['articles/first', 'articles/second']) });
    expect(lines(root)).toEqual([]);
  });

  it('reports an entry that does not exist, and warns about an unpublished one', () => {
    const root = project({
      'content/articles/later.mdx': article('Later', ['careers'], 'Soon.', 'draft: true\n'),
      'content/reading-paths/start.yaml': pathFile(['articles/first', 'articles/missing', 'articles/later']),
    });
    expect(lines(root)).toEqual([
      'content/reading-paths/start.yaml: entries[1]: "articles/missing" names no entry: expected a file at content/articles/missing.mdx',
      'content/reading-paths/start.yaml: entries[2]: "articles/later" is a draft; the path skips it until it is published (warning)',
    ]);
  });

  it('reports a malformed path with the field at fault', () => {
    const root = project({ 'content/reading-paths/start.yaml': pathFile(['articles/first.mdx', 'articles/first']) });
    expect(lines(root)).toEqual([
      'content/reading-paths/start.yaml: entries[0]: expected "articles/<file name>" or "testimonials/<file name>", without .mdx',
    ]);
  });
});

describe('dates that do not exist', () => {
  it.each([
    ['unquoted', 'pubDate: 2026-02-30'],
    ['quoted', 'pubDate: "2026-02-30"'],
  ])('refuses an impossible day written %s, which YAML would roll over to 2 March', (_how, line) => {
    const root = project({ 'content/articles/x.mdx': article('X', ['careers']).replace('pubDate: 2026-01-10', line) });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: pubDate: expected the publication date on a day that exists, but February 2026 has 28 days, so there is no 2026-02-30',
    ]);
  });

  it('accepts 29 February in a leap year, and names nested date fields', () => {
    const root = project({
      'content/articles/leap.mdx': article('Leap', ['careers']).replace('2026-01-10', '2028-02-29'),
      'content/articles/x.mdx': article('X', ['careers'], 'Body.', 'updatedDate: 2026-13-01\n'),
    });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: updatedDate: expected the date of the last significant update on a day that exists, but a year has 12 months, so there is no 2026-13-01',
    ]);
  });
});

describe('YAML that does not parse', () => {
  it('names the line of the file where it goes wrong, with a hint for a colon in a value', () => {
    const root = project({ 'content/articles/x.mdx': article('X', ['careers']).replace('"X"', 'Why: a guide') });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: frontmatter: expected valid YAML between the --- lines; line 2: a value with ": " in it needs quotes, such as title: "Why: a guide"',
    ]);
  });
});

describe('MDX that does not compile', () => {
  it('is reported with the file, the line and what to do, alongside a valid file', () => {
    const root = project({
      'content/articles/x.mdx': article('X', ['careers'], '## Start\n\n<Callout title="Tip">\nNever closed.'),
    });
    expect(lines(root)).toEqual([
      'content/articles/x.mdx: body, line 10: the MDX does not compile: Expected a closing tag for `<Callout>`; add </Callout> where the component should end',
    ]);
  });
});

describe('consent that is about to end', () => {
  const testimonial = (consent: string) =>
    [
      '---',
      'name: Ada',
      'headline: "I found my people on the phones"',
      'role: Team lead',
      'startedAs: Phone agent',
      'yearsInService: 4',
      'channels: [phone]',
      'employer: telecom',
      'workMode: hybrid',
      'quote: "The phones taught me patience."',
      'pubDate: 2026-01-10',
      'tags: [careers]',
      consent,
      '---',
      '',
      'A story.',
      '',
    ].join('\n');
  const consent = (expires: string) => `consent:\n  given: 2025-06-01\n  name: real\n  expires: ${expires}`;

  it('warns, naming the file and the date, when it ends tomorrow or within 30 days', () => {
    const root = project({
      'content/testimonials/ada.mdx': testimonial(consent('2026-11-25')),
      'content/testimonials/bea.mdx': testimonial(consent('2026-12-24')).replace('Ada', 'Bea'),
    });
    const result = checkContent(root, now);
    expect(result.reports.map(formatReport)).toEqual([
      'content/testimonials/ada.mdx: consent.expires: consent ends tomorrow, on 2026-11-25; from the first build that day the story is unpublished everywhere, so ask to renew it and update expires (warning)',
      'content/testimonials/bea.mdx: consent.expires: consent ends in 30 days, on 2026-12-24; from the first build that day the story is unpublished everywhere, so ask to renew it and update expires (warning)',
    ]);
    expect(result.errors).toBe(0);
  });

  it('says so when it has already ended', () => {
    const root = project({ 'content/testimonials/ada.mdx': testimonial(consent('2026-11-24')) });
    expect(lines(root)).toEqual([
      'content/testimonials/ada.mdx: consent.expires: consent ended on 2026-11-24, so production no longer publishes this story; renew the consent with a new expires date, or remove the file (warning)',
    ]);
  });

  it('stays quiet for consent that ends in more than 30 days, has no end, or a composite', () => {
    const root = project({
      'content/testimonials/ada.mdx': testimonial(consent('2026-12-25')),
      'content/testimonials/bea.mdx': testimonial('consent:\n  given: 2025-06-01\n  name: pseudonym').replace(
        'Ada',
        'Bea',
      ),
      'content/testimonials/cy.mdx': testimonial('composite: true').replace('Ada', 'Cy'),
    });
    expect(lines(root)).toEqual([]);
  });
});
