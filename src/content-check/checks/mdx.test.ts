import { describe, expect, it } from 'vitest';
import { formatReport } from '../check-content.ts';
import { checkMdxCompiles, describeMdxError } from './mdx.ts';

const frontmatter = '---\ntitle: "A story"\n---\n\n';

function lines(body: string): string[] {
  return checkMdxCompiles([{ file: 'content/articles/x.mdx', text: `${frontmatter}${body}` }]).map(formatReport);
}

describe('checkMdxCompiles', () => {
  it('passes Markdown, tables and the site components', () => {
    const body =
      '## Start\n\n<PullQuote by="Rosa">Every call counts.</PullQuote>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nLess than &lt;3 and &#123;braces&#125;.\n';
    expect(lines(body)).toEqual([]);
  });

  it('names the line of an unclosed component tag, counted from the top of the file', () => {
    expect(lines('## Start\n\nSome text.\n\n<Callout title="Tip">\nNever closed.\n')).toEqual([
      'content/articles/x.mdx: body, line 9: the MDX does not compile: Expected a closing tag for `<Callout>`; add </Callout> where the component should end',
    ]);
  });

  it('says how to write a literal < or { in prose', () => {
    expect(lines('I <3 this job.\n')[0]).toMatch(
      /^content\/articles\/x\.mdx: body, line 5: .*write a literal < in prose as &lt;$/,
    );
    expect(lines('It costs {5 a call.\n')[0]).toMatch(
      /^content\/articles\/x\.mdx: body, line 5: .*write a literal \{ in prose as &#123;/,
    );
  });

  it('reports tags closed out of order', () => {
    expect(lines('<Callout>text</PullQuote>\n')[0]).toMatch(/Unexpected closing tag `<\/PullQuote>`.*reverse order/);
  });
});

describe('describeMdxError', () => {
  it('reads the line and the reason from the compiler message', () => {
    expect(
      describeMdxError('12:3: Expected a closing tag for `<Figure>` (12:3) (mdx-jsx:unexpected-character)'),
    ).toEqual({
      line: 12,
      reason: 'Expected a closing tag for `<Figure>`',
    });
  });

  it('keeps a message it cannot read whole, less any trace', () => {
    expect(describeMdxError('Something odd\n    at x.js:1:1')).toEqual({ reason: 'Something odd' });
  });
});
