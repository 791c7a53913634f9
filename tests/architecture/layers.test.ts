import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.config.js';

/*
 * The layer rule in eslint.config.js, run through ESLint itself on code placed at chosen paths:
 * an import that points up a layer fails `npm run lint`, one that points down passes.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layers of src/', () => {
  it('rejects a story-library module importing a component', async () => {
    const errors = await layerErrors(
      'src/stories/wrong-way.ts',
      "import { mdxComponents } from '../components/mdx/index.ts';\nexport const components = mdxComponents;\n",
    );
    expect(errors).toEqual([expect.stringContaining('stories sits below components')]);
  });

  it('rejects an Astro component importing the feeds, which render components', async () => {
    const errors = await layerErrors(
      'src/components/WrongWay.astro',
      "---\nimport { getFeed } from '../feeds/feeds.ts';\nconst feed = await getFeed({ kind: 'all' });\n---\n<p>{feed.title}</p>\n",
    );
    expect(errors).toEqual([expect.stringContaining('components sits below feeds')]);
  });

  it('rejects site code importing test support', async () => {
    const errors = await layerErrors(
      'src/stories/wrong-way.ts',
      "import { serveDist } from '../../tests/support/serve-dist.ts';\nexport const serve = serveDist;\n",
    );
    expect(errors).toEqual([expect.stringContaining('stories sits below tests')]);
  });

  it('accepts imports that point down', async () => {
    const errors = await layerErrors(
      'src/components/RightWay.astro',
      "---\nimport { homeUrl } from '../urls/urls.ts';\nimport { getPublishedArticles } from '../stories/library.ts';\nconst articles = await getPublishedArticles();\n---\n<a href={homeUrl()}>{articles.length}</a>\n",
    );
    expect(errors).toEqual([]);
  });

  it('names every folder of src/ as a layer, so no new folder escapes the rule', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['assets', 'styles'].includes(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...layers].sort());
  });
});
