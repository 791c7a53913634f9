/*
 * html-validate over every page of dist/ (tests/built-site/links-and-html.test.ts): the recommended rules,
 * with three changes, explained below.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Heading ids are made from editors' headings, so "## 1. Listen" gets id="1-listen". HTML5
    // allows ids that start with a digit; the strict form of this rule does not. Relaxed mode still
    // rejects empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
    // The schemas already hold titles and headlines to 70 characters as readers see them. This rule
    // counts characters as escaped in the source, so an apostrophe (&#39;) costs five and an editor
    // would be pushed to drop punctuation from a headline that fits.
    'long-title': 'off',
    // The pages are generated, not written by hand: Astro's HTML compression (compressHTML: true)
    // keeps one whitespace character where the source had a run, so a line can end in a space
    // that no reader sees. Whitespace that does matter, a missing space between words, is
    // checked in the browser by tests/browser/glued-words.test.ts.
    'no-trailing-whitespace': 'off',
  },
};
