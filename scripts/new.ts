import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { collectionFolders, entryIdFor } from '../src/editorial/validate-files.ts';
import {
  articleFile,
  parseNewArgs,
  slugFor,
  testimonialFile,
  USAGE,
  type NewRequest,
} from '../src/editorial/scaffold.ts';
import { draftFromReply, formatReplyProblem } from '../src/editorial/reply.ts';

/*
 * npm run new -- article "Title" --tags a,b   |   npm run new -- testimonial "Name"
 * Writes a draft entry with valid frontmatter and an outline, refusing to overwrite anything,
 * then prints where it is and where to preview it. With no arguments in a terminal, it asks.
 */

const root = process.env['SERVICE_STORIES_ROOT'] ?? path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`new: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

async function ask(): Promise<string[]> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const kind = (await prompt.question('Create an article or a testimonial? [article] ')).trim() || 'article';
    const text = (await prompt.question(kind === 'testimonial' ? 'First name: ' : 'Title: ')).trim();
    const tags = (await prompt.question('Tags, comma-separated [careers]: ')).trim();
    return [kind, text, ...(tags ? ['--tags', tags] : [])];
  } finally {
    prompt.close();
  }
}

/** Refuses a file that exists, or a name that another file in the collection already publishes at. */
function collision(folder: string, slug: string): string | undefined {
  const target = path.join(folder, `${slug}.mdx`);
  if (existsSync(target)) return `${path.relative(root, target)} already exists; choose another title or pass --slug`;
  if (!existsSync(folder)) return undefined;
  const taken = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .find((name) => entryIdFor(name) === slug);
  return taken
    ? `${path.relative(root, path.join(folder, taken))} is already published at that address; choose another title or pass --slug`
    : undefined;
}

/** npm run new -- testimonial --from reply.txt: a reader's emailed reply from /share/ becomes a draft. */
function createFromReply(args: string[]): void {
  const [flag = '', next] = args;
  const given = flag.startsWith('--from=') ? flag.slice('--from='.length) : next;
  if (!given || args.length !== (flag.startsWith('--from=') ? 1 : 2)) fail('--from takes one file, the saved reply');
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
  const problem = collision(folder, result.draft.slug);
  if (problem) fail(problem.replace('choose another title or pass --slug', 'rename or remove it first'));
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${result.draft.slug}.mdx`);
  writeFileSync(file, result.draft.text, { flag: 'wx' });
  console.log(`Created ${path.relative(root, file)} from ${given}`);
  console.log(`Preview: npm run dev, then open http://localhost:4321/testimonials/${result.draft.slug}/`);
  console.log(
    'It is a draft with no consent yet: agree consent with the writer and record it (see the comment in the file), write the headline, edit the TODO lines, then remove draft: true.',
  );
}

async function main(): Promise<void> {
  let argv = process.argv.slice(2);
  if (argv[0] === 'testimonial' && argv[1]?.startsWith('--from')) return createFromReply(argv.slice(1));
  if (argv.length === 0) {
    if (!process.stdin.isTTY) fail('say what to create: article or testimonial');
    argv = await ask();
  }
  const parsed = parseNewArgs(argv);
  if (!parsed.ok) fail(parsed.error);
  const request: NewRequest = parsed.request;
  let slug: string;
  try {
    slug = slugFor(request);
  } catch (error) {
    fail((error as Error).message);
  }
  const collection = request.kind === 'article' ? 'articles' : 'testimonials';
  const folder = path.join(root, collectionFolders[collection]);
  const problem = collision(folder, slug);
  if (problem) fail(problem);
  const today = new Date();
  const text = request.kind === 'article' ? articleFile(request, today) : testimonialFile(request, today);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${slug}.mdx`);
  writeFileSync(file, text, { flag: 'wx' });
  console.log(`Created ${path.relative(root, file)}`);
  console.log(`Preview: npm run dev, then open http://localhost:4321/${collection}/${slug}/`);
  console.log(
    'It is a draft (draft: true): fill in the TODO lines, run npm run check:content, then remove draft: true to publish.',
  );
}

await main();
