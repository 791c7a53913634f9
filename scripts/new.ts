import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log, outro } from '@clack/prompts';
import { askForMissing, askForSlug } from './editorial/new-prompts.ts';
import {
  articleFile,
  isComplete,
  missingFrom,
  readNewArgs,
  requestFrom,
  slugFor,
  testimonialFile,
  helpText,
  USAGE,
  type Complete,
  type Given,
  type NewRequest,
} from './editorial/scaffold.ts';
import { collectionFolders, entryIdFor, listMdx } from '../src/content-check/validate-files.ts';
import { readTagList } from '../src/schema/tag-list.ts';
import { unlistedTag } from '../src/content-check/checks/tags.ts';
import { entryUrl } from '../src/urls/urls.ts';
import { draftFromReply, formatReplyProblem } from './editorial/reply.ts';

/*
 * npm run new -- article "Title" --tags a,b   |   npm run new -- testimonial "Name"   |   npm run new
 * npm run new -- testimonial --from reply.txt (a reader's reply from /share/, as a draft awaiting consent)
 * Writes a draft entry with valid frontmatter and an outline, refusing to overwrite anything,
 * then prints where it is and where to preview it. In a terminal, it asks for whatever the
 * command line left out; without one (CI, a pipe), a missing title is an error, as before.
 *
 * Each step is its own function: reading the command line, asking, choosing the file, writing.
 * A new way to fill in a request (such as reading a reply) is one more step before writing.
 */

const root = process.env['SERVICE_STORIES_ROOT'] ?? path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`new: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

const collectionOf = (request: NewRequest) => (request.kind === 'article' ? 'articles' : 'testimonials');
const folderOf = (request: NewRequest) => path.join(root, collectionFolders[collectionOf(request)]);

/** Where `npm run dev` serves the new entry. */
const DEV_SERVER = 'http://localhost:4321';

/** Why a file name cannot be used: the file exists, or another file already publishes at that address. */
function taken(folder: string, slug: string): string | undefined {
  const target = path.join(folder, `${slug}.mdx`);
  if (existsSync(target)) return `${path.relative(root, target)} already exists`;
  const other = listMdx(folder).find((name) => entryIdFor(name) === slug);
  return other ? `${path.relative(root, path.join(folder, other))} is already published at that address` : undefined;
}

/** The tags of content/tags.yaml, the only ones a story may carry. */
const listedTags = () => readTagList(root).tags;

/** npm run new -- testimonial --from reply.txt: a reader's emailed reply from /share/ becomes a draft. */
function createFromReply(given: string): void {
  // npm runs scripts from the project root; the file is named from where the editor typed it.
  const replyPath = path.resolve(process.env['INIT_CWD'] ?? process.cwd(), given);
  if (!existsSync(replyPath))
    fail(`there is no file ${given}: save the reader's reply as a text file and pass its path`);
  const result = draftFromReply(readFileSync(replyPath, 'utf8'), new Date());
  if (!result.ok) {
    for (const problem of result.problems) console.error(`new: ${formatReplyProblem(given, problem)}`);
    console.error(
      `Nothing was written. Correct those lines in ${given} (or ask the writer), then run the command again.`,
    );
    process.exit(1);
  }
  const folder = path.join(root, collectionFolders.testimonials);
  const problem = taken(folder, result.draft.slug);
  if (problem) fail(`${problem}; rename or remove it first`);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${result.draft.slug}.mdx`);
  writeFileSync(file, result.draft.text, { flag: 'wx' });
  const preview = new URL(entryUrl({ collection: 'testimonials', id: result.draft.slug }), DEV_SERVER).href;
  console.log(`Created ${path.relative(root, file)} from ${given}`);
  console.log(`Preview: npm run dev, then open ${preview}`);
  console.log(
    'It is a draft with no consent yet: agree consent with the writer and record it (see the comment in the file), write the headline, edit the TODO lines, then remove draft: true.',
  );
}

/** The request the command line describes, with the rest asked for in a terminal; undefined if cancelled. */
async function gather(read: Given): Promise<{ given: Complete; asked: boolean } | undefined> {
  if (isComplete(read)) return { given: read, asked: false };
  const missing = missingFrom(read) ?? 'say what to create: article or testimonial';
  if (!process.stdin.isTTY || !process.stdout.isTTY) fail(missing);
  const given = await askForMissing(read, { listedTags: listedTags() });
  return given && { given, asked: true };
}

/** The file name to write, asking for another in a terminal when the natural one is taken. */
async function chooseSlug(request: NewRequest, asked: boolean): Promise<string | undefined> {
  let slug: string;
  try {
    slug = slugFor(request);
  } catch (error) {
    if (!asked) fail((error as Error).message);
    return askForSlug((error as Error).message, (candidate) => taken(folderOf(request), candidate));
  }
  const problem = taken(folderOf(request), slug);
  if (!problem) return slug;
  if (!asked) fail(`${problem}; choose another title or pass --slug`);
  return askForSlug(problem, (candidate) => taken(folderOf(request), candidate));
}

async function main(): Promise<void> {
  const read = readNewArgs(process.argv.slice(2));
  if (!read.ok) fail(read.error);
  if (read.help) {
    console.log(helpText(listedTags().map((tag) => tag.slug)));
    process.exit(0);
  }
  const unlisted = read.given.tags && unlistedTag(read.given.tags, listedTags());
  if (unlisted) fail(`--tags: ${unlisted}`);
  if (read.given.from !== undefined) return createFromReply(read.given.from);
  const gathered = await gather(read.given);
  if (!gathered) {
    process.exitCode = 130;
    return;
  }
  const request = requestFrom(gathered.given);
  const slug = await chooseSlug(request, gathered.asked);
  if (!slug) {
    process.exitCode = 130;
    return;
  }
  const today = new Date();
  const text = request.kind === 'article' ? articleFile(request, today) : testimonialFile(request, today);
  const folder = folderOf(request);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${slug}.mdx`);
  writeFileSync(file, text, { flag: 'wx' });
  const preview = new URL(entryUrl({ collection: collectionOf(request), id: slug }), DEV_SERVER).href;
  const created = `Created ${path.relative(root, file)}`;
  const next = `Preview: npm run dev, then open ${preview}`;
  const draft =
    'It is a draft (draft: true): fill in the TODO lines, run npm run check:content, then remove draft: true to publish.';
  if (gathered.asked) {
    log.success(created);
    log.info(next);
    outro(draft);
  } else for (const line of [created, next, draft]) console.log(line);
}

await main();
