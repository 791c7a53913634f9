import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { childEnv, projectRoot } from '../support/project-copy.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * Lighthouse, mobile preset, on four kinds of page of the built site, through the same script a
 * developer runs (npm run lighthouse): accessibility, best practices and SEO 1.00, performance
 * at least 0.95.
 */

describe('Lighthouse', () => {
  it('scores 1.00 for accessibility, best practices and SEO, and at least 0.95 for performance', async () => {
    const script = path.join(projectRoot, 'scripts', 'lighthouse.ts');
    const { stdout } = await promisify(execFile)(process.execPath, [script, distDir], { env: childEnv() }).catch(
      (error: { stdout?: string; stderr?: string; code?: number }) => {
        throw new Error(`npm run lighthouse failed (exit ${error.code}):\n${error.stdout}\n${error.stderr}`);
      },
    );
    const rows = stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(4);
    const scores = JSON.parse(readFileSync(path.join(projectRoot, '.tmp', 'lighthouse.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    recordFigures('lighthouse', scores);
    for (const [page, categories] of Object.entries(scores)) {
      expect(categories['accessibility'], page).toBe(1);
      expect(categories['best-practices'], page).toBe(1);
      expect(categories['seo'], page).toBe(1);
      expect(categories['performance'], page).toBeGreaterThanOrEqual(0.95);
    }
  }, 600_000);
});
