import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint, recordCheck, recordedCheck } from './check-record.ts';
import { checkedAlikeUntil, type CheckSummary } from './check-summary.ts';
import type { ContentFile } from '../content-check/validate-files.ts';

let root = '';
const at = (...parts: string[]) => path.join(root, ...parts);
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), text);
};
const summary = (validUntil: number, errors = 0): CheckSummary => ({
  checked: 2,
  errors,
  warnings: 0,
  lines: errors > 0 ? [{ severity: 'error', text: 'content/articles/a.mdx: title: is required' }] : [],
  took: 900,
  validUntil,
});

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'check-record-'));
  write('content/articles/a.mdx', '---\ntitle: "A"\n---\n');
  write('content/tags.yaml', 'careers: { label: Careers }\n');
  write('src/pages/index.astro', '<h1>Home</h1>\n');
  write('public/rss.css', 'body {}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('contentFingerprint', () => {
  it('is the same while no file the check reads has changed', () => {
    expect(contentFingerprint(root)).toBe(contentFingerprint(root));
  });

  it('changes when a story is edited, added or deleted, or an image or page the check looks for comes or goes', () => {
    let before = contentFingerprint(root);
    const changes = [
      () => write('content/articles/a.mdx', '---\ntitle: "A, retitled"\n---\n'),
      () => write('content/articles/b.mdx', '---\ntitle: "B"\n---\n'),
      () => rmSync(at('content/articles/b.mdx')),
      () => write('content/articles/images/lead.svg', '<svg/>'),
      () => write('public/images/map.png', 'png'),
      () => write('src/pages/about.astro', '<h1>About</h1>\n'),
      () => write('package-lock.json', '{}'),
    ];
    for (const change of changes) {
      change();
      const after = contentFingerprint(root);
      expect(after).not.toBe(before);
      before = after;
    }
  });

  it('changes when a file is saved again with the same size, at another time', () => {
    const before = contentFingerprint(root);
    utimesSync(at('content/tags.yaml'), new Date('2026-01-01'), new Date('2026-01-01'));
    expect(contentFingerprint(root)).not.toBe(before);
  });

  it('does not read files outside the folders the check reads', () => {
    const before = contentFingerprint(root);
    write('dist/index.html', '<h1>Built</h1>');
    write('node_modules/.astro/data-store.json', '{}');
    expect(contentFingerprint(root)).toBe(before);
  });
});

describe('recordedCheck', () => {
  const now = Date.UTC(2026, 11, 8, 10);

  it('gives back the summary recorded for the same files while it holds', () => {
    const fingerprint = contentFingerprint(root);
    recordCheck(at('cache'), fingerprint, summary(now + 1000, 1));
    expect(recordedCheck(at('cache'), fingerprint, now)).toEqual(summary(now + 1000, 1));
  });

  it('gives nothing once the summary no longer holds, for other files, or with no readable record', () => {
    const fingerprint = contentFingerprint(root);
    expect(recordedCheck(at('cache'), fingerprint, now)).toBeUndefined();
    recordCheck(at('cache'), fingerprint, summary(now + 1000));
    expect(recordedCheck(at('cache'), fingerprint, now + 1000)).toBeUndefined();
    write('content/articles/a.mdx', '---\ntitle: "A, retitled"\n---\n');
    expect(recordedCheck(at('cache'), contentFingerprint(root), now)).toBeUndefined();
    writeFileSync(at('cache', 'content-check.json'), '{"version":');
    expect(recordedCheck(at('cache'), fingerprint, now)).toBeUndefined();
  });

  it('leaves a record out, without throwing, where the cache folder cannot be written', () => {
    write('cache-is-a-file', 'not a folder');
    expect(() => recordCheck(at('cache-is-a-file'), contentFingerprint(root), summary(now + 1000))).not.toThrow();
    expect(recordedCheck(at('cache-is-a-file'), contentFingerprint(root), now)).toBeUndefined();
  });
});

describe('checkedAlikeUntil', () => {
  const now = new Date('2026-12-08T10:30:00Z');
  const article = (pubDate: string) =>
    ({ collection: 'articles', data: { pubDate: new Date(pubDate) } }) as ContentFile;
  const testimonial = (pubDate: string, expires?: string) =>
    ({
      collection: 'testimonials',
      data: { pubDate: new Date(pubDate), ...(expires ? { consent: { expires: new Date(expires) } } : {}) },
    }) as ContentFile;

  it('is the next midnight UTC, when the days left before consent ends change', () => {
    expect(checkedAlikeUntil([article('2026-01-02'), testimonial('2026-02-03', '2027-05-01')], now)).toBe(
      Date.parse('2026-12-09T00:00:00Z'),
    );
  });

  it('is sooner when a story is published, or its consent ends, before that midnight', () => {
    expect(checkedAlikeUntil([article('2026-01-02'), article('2026-12-08T15:00:00Z')], now)).toBe(
      Date.parse('2026-12-08T15:00:00Z'),
    );
    expect(checkedAlikeUntil([testimonial('2026-02-03', '2026-12-08T12:00:00Z')], now)).toBe(
      Date.parse('2026-12-08T12:00:00Z'),
    );
  });

  it('leaves out moments already past', () => {
    expect(checkedAlikeUntil([article('2026-12-08T10:00:00Z'), testimonial('2026-02-03', '2026-12-01')], now)).toBe(
      Date.parse('2026-12-09T00:00:00Z'),
    );
  });
});
