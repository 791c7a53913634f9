import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storedTextKey, withStoredTexts, type StoredTextsSetting } from './stored-texts.ts';

const story = (overrides: { id?: string; title?: string; body?: string } = {}) => ({
  collection: 'articles',
  id: overrides.id ?? 'why-i-chose',
  data: { title: overrides.title ?? 'Why I chose', pubDate: new Date('2026-01-01') },
  body: overrides.body ?? 'The body.',
});

describe('storedTextKey', () => {
  it('is the same for the same story, code and extra', () => {
    expect(storedTextKey(story(), 'code', { url: 'a' })).toBe(storedTextKey(story(), 'code', { url: 'a' }));
  });

  it("changes with the story's body, its frontmatter, the code fingerprint and what else the text shows", () => {
    const key = storedTextKey(story(), 'code', { url: 'a' });
    expect(storedTextKey(story({ body: 'The body, changed.' }), 'code', { url: 'a' })).not.toBe(key);
    expect(storedTextKey(story({ title: 'Why I stayed' }), 'code', { url: 'a' })).not.toBe(key);
    expect(storedTextKey(story(), 'other code', { url: 'a' })).not.toBe(key);
    expect(storedTextKey(story(), 'code', { url: 'b' })).not.toBe(key);
  });

  it('keeps no text of a story that imports an MDX file, whose text its key would not hold', () => {
    expect(storedTextKey(story({ body: "import Intro from './intro.mdx';\n\n<Intro />" }), 'code')).toBeUndefined();
    expect(storedTextKey(story({ body: "import Figure from '../Figure.astro';" }), 'code')).toBeDefined();
  });
});

describe('withStoredTexts', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const setting = (code = 'code'): StoredTextsSetting => {
    dir ||= mkdtempSync(path.join(tmpdir(), 'stored-texts-'));
    return { dir, code };
  };

  it('makes every text without a setting, as in `astro dev`', async () => {
    const made: string[] = [];
    const make = async (entry: ReturnType<typeof story>) => (made.push(entry.id), `text of ${entry.id}`);
    expect(await withStoredTexts('t', [story({ id: 'a' })], make, undefined, undefined)).toEqual(['text of a']);
    expect(await withStoredTexts('t', [story({ id: 'a' })], make, undefined, undefined)).toEqual(['text of a']);
    expect(made).toEqual(['a', 'a']);
  });

  it('makes again only the texts of changed stories, in the order given', async () => {
    const made: string[] = [];
    const make = async (entry: ReturnType<typeof story>) => (made.push(entry.id), `${entry.id}: ${entry.body}`);
    const first = [story({ id: 'a' }), story({ id: 'b' })];
    expect(await withStoredTexts('t', first, make, undefined, setting())).toEqual(['a: The body.', 'b: The body.']);
    const second = [story({ id: 'b' }), story({ id: 'a', body: 'Changed.' })];
    expect(await withStoredTexts('t', second, make, undefined, setting())).toEqual(['b: The body.', 'a: Changed.']);
    expect(made).toEqual(['a', 'b', 'a']);
  });

  it('makes every text again when the code fingerprint changes', async () => {
    const made: string[] = [];
    const make = async (entry: ReturnType<typeof story>) => (made.push(entry.id), entry.id);
    await withStoredTexts('t', [story({ id: 'a' })], make, undefined, setting('one'));
    await withStoredTexts('t', [story({ id: 'a' })], make, undefined, setting('two'));
    expect(made).toEqual(['a', 'a']);
  });

  it("keeps only the last call's texts, so the store does not grow", async () => {
    const make = async (entry: ReturnType<typeof story>) => entry.body;
    await withStoredTexts('t', [story({ body: 'one' }), story({ id: 'b' })], make, undefined, setting());
    await withStoredTexts('t', [story({ body: 'two' })], make, undefined, setting());
    expect(Object.values(JSON.parse(readFileSync(path.join(dir, 't.json'), 'utf8')))).toEqual(['two']);
  });
});
