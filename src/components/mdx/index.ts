import Callout from './Callout.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';

/** The components editors can use in any MDX story without importing them. */
export const mdxComponents = { Callout, Figure, PullQuote };
