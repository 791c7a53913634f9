import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkProblem, linksIn, staticRoutes, type LinkTargets } from './links.ts';

describe('links in a body', () => {
  it('finds Markdown, reference and HTML links but not code', () => {
    const body =
      '[a](/a/) [b](/b/ "t")\n\n[ref]: /ref/\n\n<a href="/h/">h</a> `[no](/code/)`\n\n```\n[no](/block/)\n```';
    expect(linksIn(body)).toEqual(['/a/', '/b/', '/ref/', '/h/']);
  });
});

describe('static routes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'static-routes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('come from the pages folder: no [param] pages, no 404, a trailing [...rest] stands for its folder', () => {
    for (const name of [
      'index.astro',
      'about.astro',
      'rss.xml.ts',
      '404.astro',
      'articles/[...page].astro',
      'articles/[slug].astro',
      'tags/[tag]/rss.xml.ts',
    ]) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), '');
    }
    expect(staticRoutes(root)).toEqual(['/', '/about/', '/articles/', '/rss.xml']);
  });
});

describe('linkProblem', () => {
  const targets: LinkTargets = {
    published: new Set(['/', '/articles/first/', '/tags/careers/']),
    unpublished: new Map([
      ['/articles/later/', { reason: 'scheduled until 2027-01-05', state: 'scheduled' }],
      ['/testimonials/ana/', { reason: 'withdrawn: its consent ended on 2026-11-01', state: 'consent-ended' }],
    ]),
  };

  it('accepts pages that exist, anchors and other sites', () => {
    for (const url of ['/articles/first/', '/articles/first/#team', '#top', 'https://example.org/x', 'mailto:a@b.c']) {
      expect(linkProblem(url, targets)).toBeUndefined();
    }
  });

  it.each([
    ['/articles/first', 'error', 'link "/articles/first" needs a trailing slash: "/articles/first/"'],
    [
      '/articles/later/',
      'error',
      'link "/articles/later/" points to an entry that is scheduled until 2027-01-05, so production has no such page',
    ],
    [
      '/testimonials/ana/',
      'warning',
      'link "/testimonials/ana/" points to an entry that is withdrawn: its consent ended on 2026-11-01, so production has no such page',
    ],
    [
      '/articles/frist/',
      'error',
      'link "/articles/frist/" points to no page on the site; did you mean "/articles/first/"?',
    ],
    [
      'articles/first/',
      'warning',
      'link "articles/first/" is relative: write the site path from the root, such as "/articles/…/"',
    ],
  ])('reports %s', (url, severity, message) => {
    expect(linkProblem(url, targets)).toEqual({ severity, message });
  });
});
