import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { publishedEntries, readText, unpublishedEntries, urlOf } from '../support/built-site.ts';

/*
 * llms.txt and llms-full.txt, as built.
 */

const site = siteConfig.url;

describe('llms.txt', () => {
  const summaryOf = (entry: (typeof publishedEntries)[number]) =>
    String(entry.collection === 'articles' ? entry.data['description'] : entry.data['quote']);
  const titleOf = (entry: (typeof publishedEntries)[number]) =>
    String(entry.collection === 'articles' ? entry.data['title'] : entry.data['headline']);

  it('follows llmstxt.org: the site as a heading, a one-sentence summary, then every published story with its description', () => {
    const text = readText('/llms.txt');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${siteConfig.title}`);
    expect(lines[2]).toBe(`> ${siteConfig.description}`);
    expect(text).toContain(`[llms-full.txt](${site}/llms-full.txt)`);
    const links = [...text.matchAll(/^- \[(.+)\]\((\S+)\): (.+)$/gm)];
    const stories = links.filter((match) => match[2]?.match(/\/(articles|testimonials)\//));
    expect(stories.map((match) => match[2]).sort()).toEqual(
      publishedEntries.map((entry) => `${site}${urlOf(entry)}`).sort(),
    );
    for (const entry of publishedEntries) {
      const line = stories.find((match) => match[2] === `${site}${urlOf(entry)}`);
      expect(line?.[1]?.replace(/\\([\\[\]])/g, '$1'), urlOf(entry)).toBe(titleOf(entry));
      expect(line?.[3]).toBe(summaryOf(entry));
    }
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Articles', '## Testimonials', '## Optional']);
  });

  it('has every published story, and nothing unpublished, in full as Markdown in llms-full.txt', () => {
    const text = readText('/llms-full.txt');
    expect(text.startsWith(`# ${siteConfig.title}\n`)).toBe(true);
    const headings = [...text.matchAll(/^# (.+)$/gm)].map((match) => match[1]).slice(1);
    expect(headings.sort()).toEqual(publishedEntries.map(titleOf).sort());
    for (const entry of publishedEntries) {
      expect(text, urlOf(entry)).toContain(`URL: ${site}${urlOf(entry)}`);
      // A sentence from the body comes through as plain text, not HTML.
      const sentence = entry.body
        .split('\n')
        // (no quotes or dashes, which the page turns into curly quotes and typographic dashes)
        .find((line) => /^[A-Z][^<>{}*_[\]`|'"-]{60,}$/.test(line.trim()))
        ?.trim()
        .slice(0, 60);
      if (sentence) expect(text, urlOf(entry)).toContain(sentence);
    }
    for (const entry of unpublishedEntries) {
      expect(text).not.toContain(urlOf(entry));
      expect(text).not.toContain(titleOf(entry));
      expect(readText('/llms.txt')).not.toContain(urlOf(entry));
    }
    expect(text).not.toMatch(/<\/?(p|div|picture|script|aside)\b/);
    expect(text).not.toMatch(/\]\(\/[^)]*\)/);
  });
});
