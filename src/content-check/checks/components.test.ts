import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../check-content.ts';
import { checkBodyImages } from './body-images.ts';
import { checkComponentsAndImports, importsIn } from './components.ts';
import { mdxTrees } from './mdx-tree.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'components-check-'));
mkdirSync(path.join(root, 'content', 'articles', 'images'), { recursive: true });
mkdirSync(path.join(root, 'public'), { recursive: true });
writeFileSync(path.join(root, 'content', 'articles', 'images', 'desk.png'), '');
writeFileSync(path.join(root, 'public', 'logo.png'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = 'content/articles/x.mdx';
const trees = (body: string) => mdxTrees([{ file, text: `---\ntitle: "T"\n---\n\n${body}` }]);
const components = (body: string) => checkComponentsAndImports(root, trees(body)).map(formatReport);
const images = (body: string) => checkBodyImages(root, trees(body)).map(formatReport);

describe('components and imports', () => {
  it('names an unknown component and suggests the one meant', () => {
    expect(components('<Callot title="x">Hi</Callot>\n')).toEqual([
      `${file}: body, line 5: <Callot> is not a component the site has; did you mean <Callout>? Stories can use <Callout>, <Figure>, <PullQuote>, <StepsDiagram>`,
    ]);
    expect(components('<Carousel />\n')[0]).toContain(
      'stories can use <Callout>, <Figure>, <PullQuote>, <StepsDiagram>, or import',
    );
  });

  it('passes the site components, imported names and HTML elements', () => {
    const body =
      "import desk from './images/desk.png';\nimport { Chart as Plot } from './images/desk.png';\n\n" +
      '<Figure src={desk} alt="A desk" />\n\n<Plot />\n\n<Callout>Hi</Callout> <PullQuote>Q</PullQuote> <abbr>CSAT</abbr>\n';
    expect(components(body)).toEqual([]);
  });

  it('names an import of a file that is not there', () => {
    expect(components("import chart from './images/chart.png';\n\nText.\n")).toEqual([
      `${file}: body, line 5: import "./images/chart.png" names no file: expected a file at "./images/chart.png", relative to this file, but there is none`,
    ]);
  });

  it('reads default, named and renamed imports', () => {
    expect(importsIn("import a, { b, c as d } from './x.js';\nimport './y.css';")).toEqual([
      { specifier: './x.js', names: ['a', 'b', 'd'] },
      { specifier: './y.css', names: [] },
    ]);
  });
});

describe('body images', () => {
  it('is an error when the file is not next to the story, with the hero image check’s words', () => {
    expect(images('![A desk](./images/no-such-image.png)\n')).toEqual([
      `${file}: body, line 5: expected an image file at "./images/no-such-image.png", relative to this file, but there is none`,
    ]);
    expect(images('![Logo](/missing.png)\n')).toEqual([
      `${file}: body, line 5: expected an image file at "/missing.png" in public/, but there is none`,
    ]);
  });

  it('passes images that exist, next to the story or in public/, and images elsewhere', () => {
    expect(images('![A desk](./images/desk.png) ![Logo](/logo.png) ![Far](https://example.org/a.png)\n')).toEqual([]);
  });
});
