import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildProject, copyProject, projectRoot, reuseDrawnImages } from '../support/project-copy.ts';
import { CARD_ART_WIDTHS } from '../../src/seo/card-size.ts';

/*
 * What a build does once and where it keeps what it keeps: each story's MDX body is rendered
 * once and shared by its page and every feed it is in, the search index reads each story page
 * once from the output, and the Open Graph cards are cached under Astro's cacheDir
 * (node_modules/.astro by default), not in a folder of our own.
 */

const MARKER = 'FIXTURE-RENDER-COUNT-BODY';
let root = '';
let output = '';

beforeAll(async () => {
  root = copyProject('build-once', {
    'content/articles/fixture-render-count.mdx': path.join(
      projectRoot,
      'tests',
      'fixtures',
      'render-once',
      'fixture-render-count.mdx',
    ),
  });
  // The lead images are optimized already (AVIF costs about 25 s of CPU); every card is drawn here.
  reuseDrawnImages(root, inject('builtRoot'), { cards: false });
  const result = await buildProject(root);
  output = result.output;
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${output}`);
});

const read = (file: string) => readFileSync(path.join(root, 'dist', file), 'utf8');

describe('a story body', () => {
  it('is rendered once per build, for its page and every feed it appears in', () => {
    const shownIn = [
      'articles/fixture-render-count/index.html',
      'rss.xml',
      'feed.json',
      'articles/rss.xml',
      'tags/careers/rss.xml',
    ].filter((file) => read(file).includes(MARKER));
    expect(shownIn).toHaveLength(5);
    const renders = readFileSync(path.join(root, 'render-count.log'), 'utf8').trim().split('\n');
    expect(renders).toHaveLength(1);
  });
});

describe('the search index', () => {
  it('indexes every story page once, from the output, after Astro has written it', () => {
    const storyPages = ['articles', 'testimonials'].flatMap((folder) =>
      readdirSync(path.join(root, 'dist', folder))
        .map((name) => `${folder}/${name}/index.html`)
        .filter((file) => existsSync(path.join(root, 'dist', file)) && read(file).includes('data-pagefind-body')),
    );
    expect(storyPages.length).toBeGreaterThan(20);
    expect(output).toContain(`indexed ${storyPages.length} story pages in`);
  });
});

describe('the Open Graph cards', () => {
  it("are cached under Astro's cacheDir and linked into the site, each with its small WebP renditions", () => {
    const cached = readdirSync(path.join(root, 'node_modules', '.astro', 'og'));
    const published = readdirSync(path.join(root, 'dist', 'og'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(png|webp)$/.test(name),
    );
    const cards = published.filter((name) => name.endsWith('.png'));
    expect(cards.length).toBeGreaterThan(10);
    for (const card of cards) {
      for (const width of CARD_ART_WIDTHS) expect(published).toContain(card.replace(/\.png$/, `-${width}.webp`));
    }
    expect(published).toHaveLength(cards.length * (1 + CARD_ART_WIDTHS.length));
    expect(cached).toHaveLength(published.length);
    expect(existsSync(path.join(root, '.cache'))).toBe(false);
    expect(output).toMatch(new RegExp(`drawn ${published.length} Open Graph card files`));
  });

  it('are not drawn again by a rebuild, which compresses nothing again and leaves no copy of the previous output behind', async () => {
    const again = await buildProject(root);
    expect(again.code).toBe(0);
    expect(again.output).not.toMatch(/drawing \d+ Open Graph card files/);
    expect(again.output).toMatch(/Open Graph card files placed/);
    // Nothing the rebuild wrote differs from the last build, so no file is compressed again.
    expect(again.output).toMatch(/beside \d+ text files \(\d+ KB\), 0 of them compressed in this build/);
    expect(existsSync(path.join(root, 'node_modules', '.astro', 'previous-output'))).toBe(false);
  });
});
