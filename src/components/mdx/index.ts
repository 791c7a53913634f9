import type { MdxComponentName } from '../../schema/vocabulary.ts';
import Callout from './Callout.astro';
import ContentLink from './ContentLink.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import StepsDiagram from './StepsDiagram.astro';

/**
 * The components editors can use in any MDX story without importing them (named in
 * mdxComponentNames, which the content check reads), and `a`, which keeps every link in a body
 * under the site's base path.
 */
export const mdxComponents = { a: ContentLink, Callout, Figure, PullQuote, StepsDiagram } satisfies Record<
  'a' | MdxComponentName,
  unknown
>;
