import { listedTags } from './tag-list.ts';
import { tagLabelOverrides } from './vocabulary.ts';

export { TAG_SLUG_PATTERN } from './tag-list.ts';

export interface Tag {
  slug: string;
  label: string;
}

/**
 * The label readers see for a tag slug: the one content/tags.yaml gives it, or, for a tag not
 * on the list (which the content check refuses), "remote-work" becomes "Remote work".
 */
export function tagLabel(slug: string): string {
  const listed = listedTags().get(slug);
  if (listed) return listed.label;
  const override = tagLabelOverrides[slug];
  if (override) return override;
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The nearest slug to free text, used to suggest a fix: "Remote Work!" becomes "remote-work". */
export function suggestTagSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The one sentence content/tags.yaml gives a tag, shown on its page and in its feed. */
export function tagDescription(slug: string): string | undefined {
  return listedTags().get(slug)?.description;
}
