import { tagLabelOverrides } from './vocabulary.ts';

/** Lower-case letters and digits in words joined by single hyphens: "remote-work". */
export const TAG_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Tag {
  slug: string;
  label: string;
}

/** The label readers see for a tag slug: "remote-work" becomes "Remote work". */
export function tagLabel(slug: string): string {
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
