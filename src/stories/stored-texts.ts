import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site.config.ts';
import { cacheKeyOf } from './cache-key.ts';

/*
 * Texts made from one story each, kept from one production build to the next, so that a warm
 * build makes again only the texts of the stories that changed. llms-full.txt holds every story's
 * body as Markdown: without this, one changed body made the build render and convert all of them.
 *
 * A text is kept under a key (storedTextKey) that covers everything it can show: the story's
 * frontmatter and body, the site settings, and the code fingerprint, a hash of every file that
 * shapes a rendered body other than the stories themselves (src/, the config and lock files, the
 * images and data under content/; src/integrations/stored-texts-setting.ts makes it). So a change
 * to any component, to the MDX pipeline or to a package makes every text again, as before; a
 * changed story makes its own text again.
 *
 * The build's integration publishes where the store is and the fingerprint in an environment
 * variable of the build process, which is also the process that renders the pages. Without it
 * (`astro dev`, unit tests) every text is made afresh.
 */

const SETTING_VARIABLE = 'SERVICE_STORIES_STORED_TEXTS';

export interface StoredTextsSetting {
  /** The folder the stores are kept in, under Astro's cacheDir. */
  dir: string;
  /** The code fingerprint: see above. */
  code: string;
}

export function publishStoredTextsSetting(setting: StoredTextsSetting): void {
  process.env[SETTING_VARIABLE] = JSON.stringify(setting);
}

function storedTextsSetting(): StoredTextsSetting | undefined {
  const published = process.env[SETTING_VARIABLE];
  return published ? (JSON.parse(published) as StoredTextsSetting) : undefined;
}

interface StoryLike {
  collection: string;
  id: string;
  data: unknown;
  body?: string | undefined;
}

/*
 * The fingerprint leaves out every .mdx file under content/, since each story's key holds its own
 * body. A story that imported another MDX file would show that file's text too, which its key does
 * not hold; no story does, but such a story is simply never kept.
 */
const IMPORTS_MDX = /\bimport\b[^;'"]*['"][^'"]+\.mdx?['"]/;

/** The key of a text made from `story`, or undefined when it cannot be kept (see IMPORTS_MDX). */
export function storedTextKey(story: StoryLike, code: string, alsoShown: unknown = undefined): string | undefined {
  if (IMPORTS_MDX.test(story.body ?? '')) return undefined;
  return cacheKeyOf({ code, story, body: story.body ?? '', also: alsoShown }, siteConfig);
}

function readStore(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** Written whole, then renamed, so a build stopped halfway leaves the old store or the new one. */
function writeStore(file: string, texts: Map<string, string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(Object.fromEntries(texts)));
  renameSync(partial, file);
}

/**
 * The texts of `stories`, in their order: each taken from the store `name` when its key is there,
 * otherwise made by `make`. The store is then written again with exactly this call's texts, so it
 * never grows beyond one text per story. `alsoShown` names anything else a text shows, for its key.
 */
export async function withStoredTexts<S extends StoryLike>(
  name: string,
  stories: readonly S[],
  make: (story: S) => Promise<string>,
  alsoShown: (story: S) => unknown = () => undefined,
  setting: StoredTextsSetting | undefined = storedTextsSetting(),
): Promise<string[]> {
  if (!setting) return Promise.all(stories.map(make));
  const file = path.join(setting.dir, `${name}.json`);
  const stored = readStore(file);
  const kept = new Map<string, string>();
  const texts = await Promise.all(
    stories.map(async (story) => {
      const key = storedTextKey(story, setting.code, alsoShown(story));
      const found = key === undefined ? undefined : stored.get(key);
      const text = found ?? (await make(story));
      if (key !== undefined) kept.set(key, text);
      return text;
    }),
  );
  writeStore(file, kept);
  return texts;
}
