import TurndownService from 'turndown';
import { isoDate } from '../stories/dates.ts';

/*
 * The two llms.txt files (llmstxt.org): /llms.txt, the site in a sentence and a Markdown list of
 * every published story with its description; /llms-full.txt, every story's text as Markdown.
 * Pure functions: src/feeds/llms.ts gathers the stories, these decide the text.
 */

export interface LlmsSite {
  title: string;
  /** The one-sentence summary, shown as the file's blockquote. */
  description: string;
  /** Absolute URLs. */
  homeUrl: string;
  fullTextUrl: string;
  feeds: { title: string; url: string; description: string }[];
}

export interface LlmsStory {
  kind: 'article' | 'testimonial';
  title: string;
  /** Absolute URL of the story page. */
  url: string;
  /** An article's description or a testimonial's pull quote. */
  summary: string;
  /** Who speaks or wrote it: "By …" for articles, "Rosa, remote agent" for testimonials. */
  byline: string;
  published: Date;
  updated?: Date | undefined;
  tags: string[];
}

/** Link text and single-line descriptions: square brackets and line breaks would break the list. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\[\]])/g, '\\$1');
}

function storyLine(story: LlmsStory): string {
  return `- [${inline(story.title)}](${story.url}): ${inline(story.summary)}`;
}

export function llmsIndex(site: LlmsSite, stories: readonly LlmsStory[]): string {
  const section = (heading: string, kind: LlmsStory['kind']) => {
    const lines = stories.filter((story) => story.kind === kind).map(storyLine);
    return lines.length === 0 ? [] : [`## ${heading}`, '', ...lines, ''];
  };
  return [
    `# ${site.title}`,
    '',
    `> ${inline(site.description)}`,
    '',
    `Articles about choosing, starting and growing a career in customer service, and first-person testimonials from people who made one, newest first. Every story's full text, as Markdown, is in [llms-full.txt](${site.fullTextUrl}); the site itself is at ${site.homeUrl}.`,
    '',
    ...section('Articles', 'article'),
    ...section('Testimonials', 'testimonial'),
    '## Optional',
    '',
    ...site.feeds.map((feed) => `- [${inline(feed.title)}](${feed.url}): ${inline(feed.description)}`),
    '',
  ].join('\n');
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
});

/** A story body, rendered to HTML with absolute URLs, as Markdown. */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}

/** One story in full: its title, where it lives, when, by whom, then its body as Markdown. */
export function llmsStoryText(story: LlmsStory, bodyMarkdown: string): string {
  const dates = [
    `Published ${isoDate(story.published)}`,
    ...(story.updated ? [`updated ${isoDate(story.updated)}`] : []),
  ];
  return [
    `# ${story.title}`,
    '',
    `${story.kind === 'article' ? 'Article' : 'Testimonial'} · ${story.byline} · ${dates.join(', ')}`,
    `URL: ${story.url}`,
    `Tags: ${story.tags.join(', ')}`,
    '',
    `> ${inline(story.summary)}`,
    '',
    bodyMarkdown,
    '',
  ].join('\n');
}

export function llmsFull(site: LlmsSite, texts: readonly string[]): string {
  return [
    `# ${site.title}`,
    '',
    `> ${inline(site.description)}`,
    '',
    `Every published story on ${site.homeUrl} in full, newest first, each starting with its own top-level heading.`,
    '',
    texts.join('\n---\n\n'),
  ].join('\n');
}
