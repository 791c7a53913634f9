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
