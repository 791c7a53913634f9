import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint, fingerprintedFiles } from './stored-texts-setting.ts';

describe('codeFingerprint', () => {
  let root = '';
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
    write('astro.config.ts', 'export default {};');
    write('package-lock.json', '{}');
    write('src/components/mdx/Figure.astro', '<figure />');
    write('content/articles/a-story.mdx', 'The body.');
    write('content/articles/images/a.svg', '<svg />');
    write('content/tags.yaml', 'careers: {}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('hashes the code, the config and lock files and the content that is not a story', () => {
    expect(fingerprintedFiles(root)).toEqual([
      'astro.config.ts',
      path.join('content', 'articles', 'images', 'a.svg'),
      path.join('content', 'tags.yaml'),
      'package-lock.json',
      path.join('src', 'components', 'mdx', 'Figure.astro'),
    ]);
  });

  it('changes with a component, an image or a package, and not with a story', () => {
    const before = codeFingerprint(root);
    write('content/articles/a-story.mdx', 'The body, changed.');
    expect(codeFingerprint(root)).toBe(before);
    for (const [file, text] of [
      ['src/components/mdx/Figure.astro', '<figure class="wide" />'],
      ['content/articles/images/a.svg', '<svg width="2" />'],
      ['package-lock.json', '{"lockfileVersion": 3}'],
    ] as const) {
      write(file, text);
      expect(codeFingerprint(root), file).not.toBe(before);
    }
  });
});
