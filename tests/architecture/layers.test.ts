import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { mayImport } from '../../eslint.config.js';

/*
 * The import table in eslint.config.js, run through ESLint itself on code placed at chosen paths:
 * an import its row does not name fails `npm run lint`, from a .ts module and from an .astro
 * component alike; one it names passes.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function tableErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

const astro = (imports: string, use: string) => `---\n${imports}\n---\n<p>{${use}}</p>\n`;

// The first lint loads typescript-eslint and the Astro parser, which takes seconds on a busy machine.
describe('the import table of src/', { timeout: 60_000 }, () => {
  it('rejects a component (.astro) importing the content check, which only the build steps use', async () => {
    const errors = await tableErrors(
      'src/components/WrongWay.astro',
      astro("import { checkContent } from '../content-check/check-content.ts';", "checkContent('.').checked"),
    );
    expect(errors).toEqual([expect.stringContaining('src/components may not import from content-check')]);
  });

  it('rejects a component (.astro) importing the feeds, which render components', async () => {
    const errors = await tableErrors(
      'src/components/WrongWay.astro',
      astro("import { getFeed } from '../feeds/feeds.ts';", "(await getFeed({ kind: 'all' })).title"),
    );
    expect(errors).toEqual([expect.stringContaining('src/components may not import from feeds')]);
  });

  it('rejects a story-library module (.ts) importing a component', async () => {
    const errors = await tableErrors(
      'src/stories/wrong-way.ts',
      "import { mdxComponents } from '../components/mdx/index.ts';\nexport const components = mdxComponents;\n",
    );
    expect(errors).toEqual([expect.stringContaining('src/stories may not import from components')]);
  });

  it('rejects the URL module (.ts) importing the story library, though both sit below the pages', async () => {
    const errors = await tableErrors(
      'src/urls/wrong-way.ts',
      "import { getTags } from '../stories/library.ts';\nexport const tags = getTags;\n",
    );
    expect(errors).toEqual([expect.stringContaining('src/urls may not import from stories')]);
  });

  it('rejects the site config importing anything else in src/', async () => {
    const errors = await tableErrors(
      'src/site.config.ts',
      "import { homeUrl } from './urls/urls.ts';\nexport const home = homeUrl;\n",
    );
    expect(errors).toEqual([expect.stringContaining('may not import from urls')]);
  });

  it('rejects site code importing test support or fixtures; a unit test may use the fixtures', async () => {
    const support = "import { serveDist } from '../../tests/support/serve-dist.ts';\nexport const serve = serveDist;\n";
    const fixtures =
      "import { article } from '../../tests/fixtures/story-fixtures.ts';\nexport const make = article;\n";
    expect(await tableErrors('src/stories/wrong-way.ts', support)).toEqual([
      expect.stringContaining('src/stories may not import from tests'),
    ]);
    expect(await tableErrors('src/stories/wrong-way.ts', fixtures)).toEqual([
      expect.stringContaining('src/stories may not import from fixtures'),
    ]);
    expect(await tableErrors('src/stories/right-way.test.ts', fixtures)).toEqual([]);
    expect(await tableErrors('src/stories/wrong-way.test.ts', support)).toEqual([
      expect.stringContaining('src/stories may not import from tests'),
    ]);
  });

  it('accepts the imports a row names, from .astro and .ts', async () => {
    const component = astro(
      "import { homeUrl } from '../urls/urls.ts';\nimport { getPublishedArticles } from '../stories/library.ts';",
      '(await getPublishedArticles()).length + homeUrl()',
    );
    expect(await tableErrors('src/components/RightWay.astro', component)).toEqual([]);
    const integration =
      "import { checkContent } from '../content-check/check-content.ts';\nexport const check = checkContent;\n";
    expect(await tableErrors('src/integrations/right-way.ts', integration)).toEqual([]);
  });

  it('gives every folder of src/ a row, and names only folders and files that exist', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['assets', 'styles'].includes(entry.name))
      .map((entry) => entry.name);
    const rows = Object.keys(mayImport);
    for (const folder of folders) expect(rows, `src/${folder}/ has no row in the import table`).toContain(folder);
    const named = new Set([...rows, ...Object.values(mayImport).flat()]);
    for (const name of named) {
      const where =
        { 'site-config': 'src/site.config.ts', 'content-config': 'src/content.config.ts' }[name] ?? `src/${name}`;
      expect(existsSync(path.join(root, where)), `${where} named in the import table`).toBe(true);
    }
  });

  it('is drawn in docs/architecture.md exactly as eslint.config.js enforces it', () => {
    const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
    const rows = doc.split('\n').filter((line) => line.startsWith('| '));
    const columns = (rows[0] ?? '')
      .split('|')
      .slice(2, -1)
      .map((cell) => cell.trim());
    const name = (cell: string) =>
      ({
        'site.config': 'site-config',
        'site.config.ts': 'site-config',
        'content.config.ts': 'content-config',
        'assets, styles': 'assets',
      })[cell] ?? cell;
    const drawn = Object.fromEntries(
      rows.slice(2).map((line) => {
        const [, row = '', ...cells] = line.split('|').map((cell) => cell.trim());
        return [name(row), columns.filter((_, index) => cells[index] === '✓').map(name)];
      }),
    );
    const enforced = Object.fromEntries(
      Object.entries(mayImport)
        .filter(([row]) => row !== 'assets')
        .map(([row, allowed]) => [row, [...allowed].sort()]),
    );
    expect(Object.fromEntries(Object.entries(drawn).map(([row, allowed]) => [row, allowed.sort()]))).toEqual(enforced);
  });
});
