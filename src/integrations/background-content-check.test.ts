import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backgroundContentCheck } from './background-content-check.ts';
import { contentFingerprint, recordedCheck } from './check-record.ts';
import { runContentCheck } from './check-summary.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'background-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = path.join(root, 'content/articles/first.mdx');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(
  path.join(root, 'content/tags.yaml'),
  'careers: { label: Careers, description: Why people choose it. }\n',
);
const article = (body: string) =>
  `---\ntitle: "First"\ndescription: "A sentence."\npubDate: 2026-01-10\ntags: [careers]\n---\n\n${body}\n`;

describe('the content check on a worker thread', () => {
  const checker = backgroundContentCheck(root);
  afterAll(() => checker.close());

  it('reports what npm run check:content reports, in the same words', async () => {
    writeFileSync(file, article('A body with an unclosed <Callout> component.'));
    const summary = await checker.check();
    const here = runContentCheck(root).summary;
    expect(summary.errors).toBe(1);
    expect(summary.lines).toEqual(here.lines);
    expect({ ...summary, took: 0 }).toEqual({ ...here, took: 0 });
  });

  it('answers each check for the files as they were when it was asked for, in order', async () => {
    writeFileSync(file, article('A clean body.'));
    const clean = checker.check();
    const broken = clean.then(() => {
      writeFileSync(file, article('A stray { in prose.'));
      return checker.check();
    });
    expect((await clean).errors).toBe(0);
    expect((await broken).lines).toEqual([
      { severity: 'error', text: expect.stringContaining('the MDX does not compile') },
    ]);
  });

  it('rejects a check still running when it is closed, and starts afresh when asked again', async () => {
    const stopped = expect(checker.check()).rejects.toThrow('the content check was stopped');
    await checker.close();
    await stopped;
    writeFileSync(file, article('A clean body.'));
    expect((await checker.check()).errors).toBe(0);
  });
});

describe('the record a check on the worker leaves', () => {
  const cacheDir = path.join(root, 'cache');

  it('is in the cache folder it is given, for the files it read', async () => {
    writeFileSync(file, article('A clean body, recorded.'));
    const checker = backgroundContentCheck(root, cacheDir);
    try {
      const summary = await checker.check();
      expect(recordedCheck(cacheDir, contentFingerprint(root))).toEqual(summary);
      writeFileSync(file, article('A body changed since.'));
      expect(recordedCheck(cacheDir, contentFingerprint(root))).toBeUndefined();
    } finally {
      await checker.close();
    }
  });

  it('is not written where no cache folder is given', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const checker = backgroundContentCheck(root);
    try {
      await checker.check();
      expect(recordedCheck(cacheDir, contentFingerprint(root))).toBeUndefined();
    } finally {
      await checker.close();
    }
  });
});
