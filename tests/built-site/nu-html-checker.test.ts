import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { nuCheck, type NuMessage } from '../support/nu-html-checker.ts';
import { projectRoot } from '../support/project-copy.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * Every built page through the W3C Nu HTML Checker, next to html-validate (links-and-html.test.ts):
 * it knows the HTML parser's rules and ARIA in HTML, which html-validate does not fully model
 * (a script after </html>, aria-label on a <pre>). One Java process checks every page and two
 * broken pages that show the checker can fail.
 */

const broken = path.join(projectRoot, '.tmp', 'nu-broken');
const strayScript = path.join(broken, 'stray-script.html');
const labelledPre = path.join(broken, 'labelled-pre.html');
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;

let messages: NuMessage[] = [];

beforeAll(async () => {
  mkdirSync(broken, { recursive: true });
  writeFileSync(strayScript, `${page('<p>Search</p>')}<script type="module" src="/a.js"></script>`);
  writeFileSync(labelledPre, page('<pre tabindex="0" aria-label="Lines to copy">a</pre>'));
  messages = await nuCheck([distDir, strayScript, labelledPre]);
}, 170_000);

const describeMessage = (message: NuMessage) =>
  `${path.relative(distDir, message.file)}${message.line ? `:${message.line}` : ''}: ${message.kind}: ${message.message}`;

describe('the W3C Nu HTML Checker', () => {
  it('finds no error and no warning on any built page', () => {
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    const built = messages.filter((message) => message.file.startsWith(distDir));
    const problems = built.filter((message) => message.kind !== 'info').map(describeMessage);
    recordFigures('nu-html-checker', { pages: pages.length, problems: problems.length });
    expect(pages.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('fails a module script after </html> and an aria-label on a <pre> (the checker can fail)', () => {
    const errorsIn = (file: string) =>
      messages.filter((message) => message.file === file && message.kind === 'error').map((m) => m.message);
    expect(errorsIn(strayScript)).toEqual(
      expect.arrayContaining([expect.stringContaining('Stray start tag “script”')]),
    );
    expect(errorsIn(labelledPre)).toEqual([expect.stringContaining('“aria-label” attribute must not be specified')]);
  });
});
