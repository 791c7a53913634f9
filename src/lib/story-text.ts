/*
 * The headline and one-line summary of a story, from its frontmatter alone. Pure, so the build's
 * background steps (Open Graph images) can compute exactly what the pages show.
 */

export type StoryText =
  | { collection: 'articles'; data: { title: string; description: string } }
  | { collection: 'testimonials'; data: { name: string; role: string; quote: string } };

/** An article's title, or "Rosa, remote customer service agent" for a testimonial. */
export function storyTitle(story: StoryText): string {
  if (story.collection === 'articles') return story.data.title;
  const role = story.data.role;
  const lowered = /^\p{Lu}\p{Ll}/u.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
  return `${story.data.name}, ${lowered}`;
}

/** An article's description, or a testimonial's pull quote. */
export function storySummary(story: StoryText): string {
  return story.collection === 'articles' ? story.data.description : story.data.quote;
}
