import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import {
  buildProject,
  copyProject,
  MAIN_BUILD_TIME_ZONE,
  reuseDrawnImages,
  unpublishedFixtureFiles,
} from '../support/project-copy.ts';

/*
 * Builds the site a second time, 25 hours behind the main test build (UTC+14 against UTC-10), and
 * compares every feed byte for byte: dates must not move with the machine's time zone, guids
 * must be stable from one build to the next, and NODE_ENV must not change what is published.
 */

const OTHER_TIME_ZONE = 'America/Adak';

function feedFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('rss.xml') || name === 'feed.json')
    .sort();
}

describe(`feeds built in ${MAIN_BUILD_TIME_ZONE} and in ${OTHER_TIME_ZONE}`, () => {
  let otherDist = '';

  beforeAll(async () => {
    const root = copyProject('site-other-time-zone', unpublishedFixtureFiles);
    reuseDrawnImages(root, inject('builtRoot'));
    // NODE_ENV=development as well: a build must publish the same entries whatever NODE_ENV says
    // (import.meta.env.DEV follows NODE_ENV; the publish rule must not).
    const result = await buildProject(root, { TZ: OTHER_TIME_ZONE, NODE_ENV: 'development' });
    if (result.code !== 0) throw new Error(`build in ${OTHER_TIME_ZONE} failed:\n${result.output}`);
    otherDist = path.join(root, 'dist');
  }, 300_000);

  it('really ran in time zones a calendar day apart', () => {
    const offset = (timeZone: string) =>
      new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(new Date(Date.UTC(2026, 0, 1)));
    expect(offset(MAIN_BUILD_TIME_ZONE)).toMatch(/GMT\+14:00/);
    expect(offset(OTHER_TIME_ZONE)).toMatch(/GMT-10:00/);
  });

  it('produce the same set of feeds', () => {
    expect(feedFiles(otherDist)).toEqual(feedFiles(distDir));
    expect(feedFiles(distDir).length).toBeGreaterThan(4);
  });

  it('produce byte-identical feeds: same dates, same guids, same content', () => {
    for (const name of feedFiles(distDir)) {
      const here = readFileSync(path.join(distDir, name), 'utf8');
      const there = readFileSync(path.join(otherDist, name), 'utf8');
      expect(there, name).toBe(here);
    }
  });

  it('show the same dates on every article page', () => {
    const times = (root: string) =>
      readdirSync(path.join(root, 'articles'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('index.html'))
        .sort()
        .map((name) =>
          [...readFileSync(path.join(root, 'articles', name), 'utf8').matchAll(/<time[^>]*>[^<]*<\/time>/g)].join('|'),
        );
    expect(times(otherDist)).toEqual(times(distDir));
  });
});
