/*
 * html-validate over every page of dist/ (tests/links-and-html.test.ts): the recommended rules,
 * with two changes, explained below.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Heading ids are made from editors' headings, so "## 1. Listen" gets id="1-listen". HTML5
    // allows ids that start with a digit; the strict form of this rule does not. Relaxed mode still
    // rejects empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
    // The pages are generated, not written by hand: Astro's HTML compression (compressHTML: true)
    // keeps one whitespace character where the source had a run, so a line can end in a space
    // that no reader sees. Whitespace that does matter, a missing space between words, is
    // checked in the browser by tests/glued-words.test.ts.
    'no-trailing-whitespace': 'off',
  },
};
