import { describe, expect, it } from 'vitest';
import { correctionLink, shareLinks } from './share-links.ts';

const story = { title: 'Phone, chat & email: a guide?', url: 'https://example.org/stories/articles/a-guide/' };

const byLabel = (label: string) => {
  const link = shareLinks(story).find((candidate) => candidate.label === label);
  if (!link) throw new Error(`no ${label} link`);
  return new URL(link.href);
};

describe('shareLinks', () => {
  it('offers email, LinkedIn and Bluesky, in that order', () => {
    expect(shareLinks(story).map((link) => link.label)).toEqual(['Email', 'LinkedIn', 'Bluesky']);
  });

  it('puts the title in the subject and the title and address in the body of the email', () => {
    const mail = byLabel('Email');
    expect(mail.protocol).toBe('mailto:');
    expect(mail.search).not.toContain('+');
    const params = new URLSearchParams(mail.search);
    expect(params.get('subject')).toBe(story.title);
    expect(params.get('body')).toBe(`${story.title}\n\n${story.url}`);
  });

  it('gives LinkedIn the address alone and Bluesky the title and address, encoded so "&" and "?" survive', () => {
    const linkedIn = byLabel('LinkedIn');
    expect(linkedIn.origin).toBe('https://www.linkedin.com');
    expect([...linkedIn.searchParams]).toEqual([['url', story.url]]);
    const bluesky = byLabel('Bluesky');
    expect(bluesky.origin).toBe('https://bsky.app');
    expect([...bluesky.searchParams]).toEqual([['text', `${story.title} ${story.url}`]]);
  });

  it('does not let a title break out of its parameter', () => {
    const title = 'a&text=https://evil.example/#';
    const [mail, , bluesky] = shareLinks({ title, url: story.url }).map((link) => new URL(link.href));
    expect(new URLSearchParams(mail?.search).get('subject')).toBe(title);
    expect([...(bluesky?.searchParams ?? [])]).toEqual([['text', `${title} ${story.url}`]]);
  });
});

describe('correctionLink', () => {
  const story = {
    title: 'Tea & talk',
    url: 'https://example.org/articles/tea/',
    sourcePath: 'content/articles/tea.mdx',
  };

  it('opens an email to the editors with the story’s address filled in', () => {
    const href = correctionLink(story, { contactEmail: 'stories@example.org' });
    expect(href).toMatch(/^mailto:stories@example\.org\?subject=Correction%3A%20Tea%20%26%20talk&body=/);
    expect(decodeURIComponent(href?.split('body=')[1] ?? '')).toContain('About https://example.org/articles/tea/');
  });

  it('opens the story’s file on the repository’s edit page when one is configured', () => {
    const config = { contactEmail: 'stories@example.org', repositoryEditUrl: 'https://github.com/o/r/edit/main/' };
    expect(correctionLink(story, config)).toBe('https://github.com/o/r/edit/main/content/articles/tea.mdx');
  });

  it('offers no link with neither', () => {
    expect(correctionLink(story, {})).toBeUndefined();
  });
});
