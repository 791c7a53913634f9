import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from './build-content.ts';
import { previewContent } from './preview-content.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'build-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function article(name: string, pubDate: string, extra = ''): void {
  const file = path.join(root, 'content/articles', `${name}.mdx`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `---\ntitle: "${name}"\ndescription: "A sentence."\npubDate: ${pubDate}\ntags: [careers]\n${extra}---\n\nA short body.\n`,
  );
}

article('older', '2026-01-10');
article('newer', '2026-02-10');
article('a-draft', '2026-01-20', 'draft: true\n');
article('scheduled', '2999-01-01');

describe('the build content', () => {
  it('refuses to hand out stories before the content check has read them', () => {
    expect(() => buildContent().published()).toThrow(/contentCheck\(\) must run before/);
  });

  it('keeps the content check’s read and gives the published stories only, newest first', async () => {
    const content = buildContent();
    expect((await content.check(root)).checked).toBe(4);
    expect(content.published().map((story) => story.id)).toEqual(['newer', 'older']);
  });

  it('previews drafts and scheduled stories for astro dev, from a fresh read', () => {
    article('written-since', '2026-03-01');
    expect(previewContent(root).map((story) => story.id)).toEqual([
      'scheduled',
      'written-since',
      'newer',
      'a-draft',
      'older',
    ]);
  });
});
