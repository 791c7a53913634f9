import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentIn, type CommandResult } from '../support/check-content-cli.ts';
import { buildProject, copyProject, projectRoot, type BuildResult } from '../support/project-copy.ts';

/*
 * Content an editor can get wrong in ways the build cannot publish, tried the way editors meet it:
 * `npm run check:content` must fail with the same line, file and line number, that `npm run build`
 * then stops on. One project copy holds every case; each line is looked for in both outputs. The
 * build refuses them in its first seconds, before a page is rendered.
 */

const fixtures = path.join(projectRoot, 'tests', 'fixtures');
const fixture = (folder: string, name: string) => ({
  [`content/articles/${name}`]: path.join(fixtures, folder, 'articles', name),
});

const cases: [string, string][] = [
  [
    'a <script> in a published story',
    'content/articles/fixture-inline-script.mdx: body, line 10: a <script> cannot go in a story: the site runs no script from content; remove it',
  ],
  [
    'a <script> in a draft',
    'content/articles/fixture-draft-script.mdx: body, line 11: a <script> cannot go in a story: the site runs no script from content; remove it',
  ],
  [
    'an inline event handler',
    'content/articles/fixture-event-handler.mdx: body, line 10: the event handler onerror= on <img> cannot go in a story: the site runs no script from content; remove it',
  ],
  [
    'a javascript: link',
    `content/articles/fixture-javascript-link.mdx: body, line 8: the address "javascript:alert('link')" runs script; link to a page address (https://… or /…/) instead`,
  ],
  [
    'a body image that is not there',
    'content/articles/fixture-missing-body-image.mdx: body, line 10: expected an image file at "./images/no-such-image.png", relative to this file, but there is none',
  ],
  [
    'an unknown component',
    'content/articles/fixture-unknown-component.mdx: body, line 10: <Callot> is not a component the site has; did you mean <Callout>? Stories can use <Callout>, <Figure>, <PullQuote>, <StepsDiagram>',
  ],
  [
    'an import of a missing file',
    'content/articles/fixture-missing-import.mdx: body, line 8: import "./images/no-such-chart.png" names no file: expected a file at "./images/no-such-chart.png", relative to this file, but there is none',
  ],
  [
    'a file saved as Latin-1',
    'content/articles/fixture-latin-1.mdx: line 2: the file is not UTF-8 (it looks saved as Latin-1 or Windows-1252); save it again as UTF-8 in your editor',
  ],
  [
    'a story saved as .md',
    'content/articles/fixture-plain-markdown.md: file: a .md file is not published: stories are .mdx files; rename it to fixture-plain-markdown.mdx',
  ],
  [
    'a .md beside the .mdx of the same name',
    'content/articles/nights-weekends-and-rotas.md: file: a .md file is not published, and nights-weekends-and-rotas.mdx already has this address; move what you need into nights-weekends-and-rotas.mdx, then delete this file',
  ],
];

let root = '';
let check: CommandResult;
let build: BuildResult;

beforeAll(async () => {
  root = copyProject('content-the-build-refuses', {
    ...fixture('unsafe', 'fixture-inline-script.mdx'),
    ...fixture('unsafe', 'fixture-draft-script.mdx'),
    ...fixture('unsafe', 'fixture-event-handler.mdx'),
    ...fixture('unsafe', 'fixture-javascript-link.mdx'),
    ...fixture('editor-mistakes', 'fixture-missing-body-image.mdx'),
    ...fixture('editor-mistakes', 'fixture-unknown-component.mdx'),
    ...fixture('editor-mistakes', 'fixture-missing-import.mdx'),
    ...fixture('editor-mistakes', 'fixture-plain-markdown.md'),
    'content/articles/nights-weekends-and-rotas.md': path.join(
      projectRoot,
      'content',
      'articles',
      'nights-weekends-and-rotas.mdx',
    ),
  });
  // Written here, not kept as a fixture, so no tool in the repository has to read a Latin-1 file.
  const story = '---\ntitle: "Fixture: a café story in Latin-1"\ndescription: "Saved in the wrong encoding."\n';
  writeFileSync(
    path.join(root, 'content', 'articles', 'fixture-latin-1.mdx'),
    Buffer.from(`${story}pubDate: 2025-06-01\ntags: [careers]\n---\n\nA résumé.\n`, 'latin1'),
  );
  [check, build] = [await checkContentIn(root), await buildProject(root)];
});

describe('content the build refuses, found first by check:content in the same words', () => {
  it.each(cases)('%s fails npm run check:content, naming the file and line', (_, line) => {
    expect(check.code).toBe(1);
    expect(check.output.split('\n')).toContain(line);
  });

  it.each(cases)('%s stops npm run build with the same line', (_, line) => {
    expect(build.code).not.toBe(0);
    expect(build.output.split('\n')).toContain(line);
  });

  it('counts every file it refused, and the build writes no site', () => {
    expect(check.output).toMatch(new RegExp(`check:content: \\d+ files checked, ${cases.length} errors`));
    expect(build.output).toContain(`${cases.length} content errors`);
    expect(build.output).not.toContain('No such file or directory');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});
