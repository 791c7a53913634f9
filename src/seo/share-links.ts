import { mailtoUrl } from '../urls/urls.ts';

/*
 * Where a reader can pass a story on: plain links that open the service only when clicked, so
 * the page itself loads nothing from elsewhere. Each service reads the address from its own
 * query parameter, percent-encoded.
 */

export interface ShareLink {
  /** Visible link text. */
  label: string;
  href: string;
}

export function shareLinks(story: { title: string; url: string }): ShareLink[] {
  const title = encodeURIComponent(story.title);
  const url = encodeURIComponent(story.url);
  return [
    // mailto: takes %20 for spaces, never "+", and %0A%0A for the blank line before the address.
    { label: 'Email', href: `mailto:?subject=${title}&body=${title}%0A%0A${url}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    {
      label: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${story.title} ${story.url}`)}`,
    },
  ];
}

/**
 * Where a reader suggests a correction to a story: the story's file on the repository's edit page
 * when the site config names one, else an email to the editors with the story's address filled
 * in, else nowhere (no link).
 */
export function correctionLink(
  story: { title: string; url: string; sourcePath: string },
  config: { repositoryEditUrl?: string | undefined; contactEmail?: string | undefined },
): string | undefined {
  if (config.repositoryEditUrl) return `${config.repositoryEditUrl}${story.sourcePath}`;
  if (!config.contactEmail) return undefined;
  return mailtoUrl(config.contactEmail, {
    subject: `Correction: ${story.title}`,
    body: `About ${story.url}\n\nWhat should change, and how do you know?\n`,
  });
}
