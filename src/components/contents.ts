import type { MarkdownHeading } from 'astro';

/** A story's contents list: its h2 sections, or none when there are fewer than four to choose from. */
export const MIN_SECTIONS = 4;

export function contentsSections(headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= MIN_SECTIONS ? sections : [];
}
