import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { siteInlineScripts } from '../../src/components/site-scripts.ts';
import { contentSecurityPolicy, inlineScripts, scriptHash } from '../../src/integrations/header-policy.ts';
import { siteConfig } from '../../src/site.config.ts';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';
import {
  buildProject,
  copyProject,
  hostileFixtureFiles,
  projectRoot,
  reuseDrawnImages,
} from '../support/project-copy.ts';
import { recordFigures } from '../support/quality-figures.ts';

/*
 * What an editor types cannot change what the site runs or allows. A copy of the site is built
 * with two published fixture articles (tests/fixtures/hostile/): one titled
 * `</script><script>alert(1)</script>`, one full of characters that need escaping. Their text
 * must stay text on the page, in the browser and in both feeds, and the Content-Security-Policy
 * must be byte for byte the one the normal build writes.
 */

const SCRIPT_TITLE = '</script><script>alert(1)</script>';
const hostileRoot = path.join(projectRoot, '.tmp', 'site-hostile');
const hostileDist = path.join(hostileRoot, 'dist');
const site = siteConfig.url.replace(/\/$/, '');
const scriptArticle = '/articles/fixture-script-title/';
const awkwardArticle = '/articles/fixture-awkward-characters/';

beforeAll(async () => {
  expect(copyProject('site-hostile', hostileFixtureFiles)).toBe(hostileRoot);
  reuseDrawnImages(hostileRoot, inject('builtRoot'));
  const result = await buildProject(hostileRoot);
  if (result.code !== 0) throw new Error(`the build with hostile titles failed:\n${result.output}`);
}, 300_000);

const browserSite = useSiteInBrowser(hostileDist);

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');
const page = (urlPath: string) => parse(read(hostileDist, path.join(urlPath, 'index.html')));

describe('a title that tries to open a script', () => {
  it('leaves the Content-Security-Policy byte for byte as the normal build writes it', () => {
    const policy = (dist: string) => /^ {2}Content-Security-Policy: (.*)$/m.exec(read(dist, '_headers'))?.[1];
    expect(policy(hostileDist)).toBeDefined();
    expect(policy(hostileDist)).toBe(policy(distDir));
    expect(read(hostileDist, '_headers')).toBe(read(distDir, '_headers'));
    expect(read(hostileDist, '_nginx/security-headers.conf')).toBe(read(distDir, '_nginx/security-headers.conf'));
    const hashes = policy(hostileDist)?.match(/'sha256-[^']+'/g) ?? [];
    recordFigures('csp-hashes', { normal: policy(distDir)?.match(/'sha256-[^']+'/g)?.length, hostile: hashes.length });
    expect(hashes.length).toBeGreaterThan(0);
  });

  it('allows exactly the inline scripts the site’s code lists, one hash each, whatever the content', () => {
    const policy = /^ {2}Content-Security-Policy: (.*)$/m.exec(read(distDir, '_headers'))?.[1];
    expect(siteInlineScripts).toHaveLength(1);
    expect(policy).toBe(contentSecurityPolicy(siteInlineScripts.map(scriptHash)));
    // Every page carries the theme script exactly as the code writes it, so its one hash covers them all.
    expect(inlineScripts(read(distDir, 'index.html'))).toEqual([...siteInlineScripts]);
  });

  it('is text on its page: in the title, the heading, the meta tags and the JSON-LD, and runs nothing', () => {
    const html = page(scriptArticle);
    expect(html.querySelector('h1')?.text).toBe(SCRIPT_TITLE);
    expect(html.querySelector('title')?.text).toContain(SCRIPT_TITLE);
    expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(SCRIPT_TITLE);
    const jsonLd = html
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.rawText) as Record<string, unknown>);
    expect(jsonLd.some((data) => data['headline'] === SCRIPT_TITLE)).toBe(true);
    // The page runs exactly the scripts every other article runs.
    const other = page('/articles/handling-escalation-calmly/');
    expect(inlineScripts(html.toString())).toEqual(inlineScripts(other.toString()));
  });

  it('shows as text in the browser, under the policy, and opens no dialog', async () => {
    const tab = await browserSite.browser().newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(`${browserSite.server().origin}${scriptArticle}`, { waitUntil: 'load' });
    expect(await tab.locator('h1').innerText()).toBe(SCRIPT_TITLE);
    expect(await tab.title()).toContain(SCRIPT_TITLE);
    await tab.goto(`${browserSite.server().origin}/rss.xml`, { waitUntil: 'load' });
    const link = tab.locator(`a.feed-item-link[href="${site}${scriptArticle}"]`);
    expect(await link.textContent()).toBe(SCRIPT_TITLE);
    await tab.close();
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('comes back unchanged from the RSS and JSON feeds', async () => {
    const rss = await new Parser().parseString(read(hostileDist, 'rss.xml'));
    const item = rss.items.find((candidate) => candidate.link === `${site}${scriptArticle}`);
    expect(item?.title).toBe(SCRIPT_TITLE);
    expect(item?.['content:encoded']).toContain('FIXTURE-SCRIPT-TITLE');
    const json = JSON.parse(read(hostileDist, 'feed.json')) as {
      items: { url: string; title: string; summary: string }[];
    };
    const entry = json.items.find((candidate) => candidate.url === `${site}${scriptArticle}`);
    expect(entry?.title).toBe(SCRIPT_TITLE);
    expect(entry?.summary).toContain('</script><script>alert(2)</script>');
  });
});

describe('a title and body full of characters that need escaping', () => {
  it('keep &, <, quotes and letters beyond ASCII intact through both feeds', async () => {
    const title = 'A "quoted" guide: tea & talk in <90 days, with Zoë';
    const rss = await new Parser().parseString(read(hostileDist, 'rss.xml'));
    const item = rss.items.find((candidate) => candidate.link === `${site}${awkwardArticle}`);
    expect(item?.title).toBe(title);
    const body = item?.['content:encoded'] ?? '';
    expect(body).toContain('&lt; 1 minute &amp; a follow-up in &gt; 2 days');
    expect(body).toContain('Customers write “quotes” and “curly quotes”');
    expect(body).toContain('José, Zoë, Łukasz or Ångström');
    const json = JSON.parse(read(hostileDist, 'feed.json')) as { items: { title: string; content_html: string }[] };
    const entry = json.items.find((candidate) => candidate.title === title);
    expect(entry?.content_html).toBe(body);
    expect(page(awkwardArticle).querySelector('h1')?.text).toBe(title);
  });
});
