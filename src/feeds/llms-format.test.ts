import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, llmsFull, llmsIndex, llmsStoryText, type LlmsSite, type LlmsStory } from './llms-format.ts';

const site: LlmsSite = {
  title: 'Service Stories',
  description: 'Honest stories about careers in customer service.',
  homeUrl: 'https://example.org/stories/',
  fullTextUrl: 'https://example.org/stories/llms-full.txt',
  feeds: [{ title: 'RSS feed', url: 'https://example.org/stories/rss.xml', description: 'every story' }],
};

const article: LlmsStory = {
  kind: 'article',
  title: 'Escalation [done] calmly',
  url: 'https://example.org/stories/articles/escalation/',
  summary: 'Six calm steps,\nin order.',
  byline: 'By The editors',
  published: new Date('2026-02-04T00:00:00Z'),
  updated: new Date('2026-11-26T00:00:00Z'),
  tags: ['Escalation', 'Empathy'],
};
const testimonial: LlmsStory = {
  kind: 'testimonial',
  title: 'I took a phone job for the bills',
  url: 'https://example.org/stories/testimonials/rosa/',
  summary: 'Every call is a little game.',
  byline: 'Rosa, remote agent',
  published: new Date('2025-11-05T00:00:00Z'),
  tags: ['Careers'],
};

describe('llmsIndex', () => {
  const text = llmsIndex(site, [article, testimonial]);
  const lines = text.split('\n');

  it('opens with the site name as the only h1 and its summary as a blockquote', () => {
    expect(lines[0]).toBe('# Service Stories');
    expect(lines[2]).toBe('> Honest stories about careers in customer service.');
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
  });

  it('lists each story under its kind as "- [title](url): description", on one line', () => {
    const articles = lines.indexOf('## Articles');
    const testimonials = lines.indexOf('## Testimonials');
    expect(articles).toBeGreaterThan(2);
    expect(testimonials).toBeGreaterThan(articles);
    expect(lines[articles + 2]).toBe(
      '- [Escalation \\[done\\] calmly](https://example.org/stories/articles/escalation/): Six calm steps, in order.',
    );
    expect(lines[testimonials + 2]).toBe(
      '- [I took a phone job for the bills](https://example.org/stories/testimonials/rosa/): Every call is a little game.',
    );
  });

  it('ends with the feeds under "Optional", and leaves out a kind with no stories', () => {
    expect(text).toContain('## Optional\n\n- [RSS feed](https://example.org/stories/rss.xml): every story\n');
    expect(llmsIndex(site, [testimonial])).not.toContain('## Articles');
  });
});

describe('llms-full text', () => {
  it('turns rendered HTML into Markdown: headings, emphasis, lists, quotes, absolute links and images', () => {
    const markdown = htmlToMarkdown(
      '<h2 id="a">Why</h2><p>It <strong>matters</strong>, <em>truly</em>. See <a href="https://example.org/x/">this</a>.</p>' +
        '<ul><li>one</li><li>two</li></ul><blockquote><p>Calm wins.</p></blockquote>' +
        '<figure><picture><source srcset="a.avif"><img src="https://example.org/a.png" alt="Steps"></picture><figcaption>Six steps.</figcaption></figure>',
    );
    expect(markdown).toBe(
      [
        '## Why',
        '',
        'It **matters**, _truly_. See [this](https://example.org/x/).',
        '',
        '-   one',
        '-   two',
        '',
        '> Calm wins.',
        '',
        '![Steps](https://example.org/a.png)',
        '',
        'Six steps.',
      ].join('\n'),
    );
  });

  it('heads each story with its title, kind, byline, dates, URL, tags and summary, then its body', () => {
    const text = llmsStoryText(article, '## Why\n\nBecause.');
    expect(text.split('\n')).toEqual([
      '# Escalation [done] calmly',
      '',
      'Article · By The editors · Published 2026-02-04, updated 2026-11-26',
      'URL: https://example.org/stories/articles/escalation/',
      'Tags: Escalation, Empathy',
      '',
      '> Six calm steps, in order.',
      '',
      '## Why',
      '',
      'Because.',
      '',
    ]);
    expect(llmsStoryText(testimonial, 'Body.')).toContain('Testimonial · Rosa, remote agent · Published 2025-11-05\n');
  });

  it('puts the stories after the site heading, separated by rules', () => {
    const text = llmsFull(site, ['# One\n', '# Two\n']);
    expect(text.startsWith('# Service Stories\n\n> Honest stories')).toBe(true);
    expect(text.endsWith('# One\n\n---\n\n# Two\n')).toBe(true);
  });
});
