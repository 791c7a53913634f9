import { themeScript } from './theme-script.ts';

/*
 * Every inline script the site's components write into a page, by their exact text. The
 * Content-Security-Policy allows these and nothing else: its hashes are taken from this list, never
 * from the built pages, so text that reaches a page from content can never earn a place in it.
 * A component that adds an inline script adds its text here; the build fails on any other.
 */
export const siteInlineScripts: readonly string[] = [themeScript];
