import { parse } from 'node-html-parser';

/*
 * A retired story address is served by the small page Astro writes for each entry of `redirects`
 * in astro.config.ts. These helpers say whether a built page is one, and what would stop it from
 * working for a reader under the site's Content-Security-Policy.
 */

/** The target of a page's <meta http-equiv="refresh">, or undefined when the page is not a redirect. */
export function refreshTarget(html: string): string | undefined {
  const content = parse(html).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  const match = /url=(.+)$/i.exec(content);
  return match?.[1]?.trim();
}

/** What is wrong with a redirect page that should send readers to `target`; empty when nothing is. */
export function redirectPageProblems(html: string, target: string): string[] {
  const page = parse(html);
  const problems: string[] = [];
  if (refreshTarget(html) !== target) problems.push(`expected a refresh to ${target}, got ${refreshTarget(html)}`);
  if (!page.querySelector(`a[href="${target}"]`)) problems.push(`expected a link to ${target} for readers to follow`);
  // The CSP allows only the site's own scripts and styles: inline code here would be refused.
  if (page.querySelector('script')) problems.push('has a <script>, which the CSP would refuse');
  if (page.querySelector('style, [style]')) problems.push('has inline style, which the CSP would refuse');
  if (page.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex') {
    problems.push('expected <meta name="robots" content="noindex">, so search engines index the new page instead');
  }
  return problems;
}
