import { describe, expect, it } from 'vitest';
import { formatReport } from '../check-content.ts';
import { mdxTrees } from './mdx-tree.ts';
import { checkNoScripts } from './scripts.ts';

const header = '---\ntitle: "T"\n---\n\n';
const file = 'content/articles/x.mdx';
const check = (body: string) => checkNoScripts(mdxTrees([{ file, text: header + body }])).map(formatReport);

describe('no script from content', () => {
  it('rejects a <script>, naming the file and line', () => {
    expect(check('Text.\n\n<script>alert(1)</script>\n')).toEqual([
      `${file}: body, line 7: a <script> cannot go in a story: the site runs no script from content; remove it`,
    ]);
    expect(check('Inline <SCRIPT src="/x.js"></SCRIPT> too.\n')).toHaveLength(1);
  });

  it('rejects inline event handlers in any case', () => {
    expect(check('<img src="/a.png" alt="" onerror="x()" />\n')).toEqual([
      `${file}: body, line 5: the event handler onerror= on <img> cannot go in a story: the site runs no script from content; remove it`,
    ]);
    expect(check('A <span onClick={() => go()}>word</span>.\n')).toHaveLength(1);
  });

  it('rejects javascript: addresses in links, references, images and attributes, however spelled', () => {
    expect(check('[go](javascript:alert(1))\n')).toEqual([
      `${file}: body, line 5: the address "javascript:alert(1)" runs script; link to a page address (https://… or /…/) instead`,
    ]);
    expect(check('[go][r]\n\n[r]: JavaScript:alert(1)\n')).toHaveLength(1);
    expect(check('<a href=" java\tscript:x()">go</a>\n')).toHaveLength(1);
    expect(check('<a href={"javascript:x()"}>go</a>\n')).toHaveLength(1);
    expect(check('<div set:html="<b>x</b>" />\n')).toHaveLength(1);
  });

  it('passes ordinary links, components and prose that only mentions scripts', () => {
    const body =
      'Read [the guide](/articles/x/) or [this](https://example.org/on-call) and `<script>`.\n\n' +
      '<Callout title="On scripts">Call scripts, javascript jobs and onboarding are fine.</Callout>\n\n' +
      '<a href="mailto:a@example.org" title="online">mail</a>\n';
    expect(check(body)).toEqual([]);
  });
});
