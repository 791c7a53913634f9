/**
 * An element's text from the built HTML as a reader sees it: HTML collapses every run of white
 * space (the source's line breaks and indents included) into one space.
 */
export function shownText(element: { text: string } | null | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}
