import type { Page } from 'playwright-core';

/*
 * Finds words a reader sees glued together: "areillustrative", "tag.Follow", "RSS(how". Such a
 * join can only appear where two pieces of text meet across an element boundary (`are<a>illus…`)
 * with no whitespace between them, so the detector looks exactly there, in the rendered page:
 *
 * 1. Walk the rendered text nodes in document order. Where one ends and the next begins with no
 *    whitespace, and every element crossed between them is inline (CSS decides: a flex item, a
 *    block, a <br> or an image separates, as does a ::before or ::after with content), the two
 *    pieces sit on one line side by side.
 * 2. Keep the joins a reader would trip on: letter or digit against letter or digit, closing
 *    punctuation (. , ; : ! ? ) ” ·) before a word, or a word before an opening bracket or quote.
 * 3. Confirm it in `innerText`, which is what the reader gets after CSS.
 *
 * A letter-to-letter join can be deliberate markup inside one word (`re<em>read</em>`), so those
 * are forgiven when the joined word occurs whole, inside a single text node, anywhere on the
 * site: the dictionary comes from the site's own text split at element boundaries, so it never
 * contains a glued word.
 */

export interface Join {
  /** The run of characters before the boundary, back to the previous whitespace. */
  left: string;
  /** The run after it, up to the next whitespace. */
  right: string;
  kind: 'word' | 'punctuation';
  /** A little of the text around the join, with ⟨⟩ marking the boundary. */
  context: string;
}

export interface PageJoins {
  joins: Join[];
  /** Every whitespace-separated run of characters inside one rendered text node. */
  words: string[];
}

/** Runs inside the page (passed to page.evaluate), so it must not use anything from outside. */
function readJoins(): PageJoins {
  const letter = /[\p{L}\p{N}]/u;
  const closing = /[.,;:!?)\]}”·…]/u;
  const opening = /[([{“·]/u;
  const unread = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const separators = new Set([
    'BR',
    'HR',
    'IMG',
    'SVG',
    'VIDEO',
    'AUDIO',
    'IFRAME',
    'CANVAS',
    'OBJECT',
    'INPUT',
    'SELECT',
  ]);

  const generated = (element: Element) =>
    ['::before', '::after'].some((pseudo) => {
      const content = getComputedStyle(element, pseudo).content;
      return content !== 'none' && content !== 'normal' && content !== '""' && content !== "''";
    });
  const keepsLine = (element: Element) => {
    const display = getComputedStyle(element).display;
    const inline = display.startsWith('inline') || display === 'contents';
    return inline && !separators.has(element.tagName.toUpperCase()) && !generated(element);
  };

  const root = document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element) {
        if (unread.has(node.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
        if (!node.checkVisibility({ visibilityProperty: true })) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  const joins: Join[] = [];
  const words = new Set<string>();
  const seen = root.innerText.toLowerCase();
  let previous: Text | null = null;
  let crossed: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (previous) crossed.push(node);
      continue;
    }
    const text = node as Text;
    if (text.data.trim() === '') {
      // Whitespace between two inline elements renders as a space: nothing is glued across it.
      previous = null;
      crossed = [];
      continue;
    }
    for (const word of text.data.split(/\s+/)) if (word) words.add(word);
    if (previous && /\S$/.test(previous.data) && /^\S/.test(text.data)) {
      // The elements closed after the previous text, plus those opened since.
      for (
        let parent: Element | null = previous.parentElement;
        parent && !parent.contains(text);
        parent = parent.parentElement
      ) {
        crossed.push(parent);
      }
      const left = /\S+$/.exec(previous.data)?.[0] ?? '';
      const right = /^\S+/.exec(text.data)?.[0] ?? '';
      const [before, after] = [left.at(-1) ?? '', right[0] ?? ''];
      const kind =
        letter.test(before) && letter.test(after)
          ? 'word'
          : (closing.test(before) && letter.test(after)) || (letter.test(before) && opening.test(after))
            ? 'punctuation'
            : null;
      if (kind && crossed.every(keepsLine) && seen.includes(`${left}${right}`.toLowerCase())) {
        const context = `${previous.data.slice(-30).trimStart()}⟨⟩${text.data.slice(0, 30).trimEnd()}`;
        joins.push({ left, right, kind, context: context.replace(/\s+/g, ' ') });
      }
    }
    previous = text;
    crossed = [];
  }
  return { joins, words: [...words] };
}

export function readPageJoins(page: Page): Promise<PageJoins> {
  return page.evaluate(readJoins);
}

/** A word as the dictionary holds it: lower case, without punctuation at either end. */
const dictionaryForm = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The site's vocabulary: every word that occurs whole inside one text node on any of the pages. */
export function dictionaryOf(pages: readonly PageJoins[]): Set<string> {
  return new Set(pages.flatMap((page) => page.words.map(dictionaryForm)).filter(Boolean));
}

/** The joins that are glued words: every punctuation join, and word joins the dictionary does not know. */
export function gluedWords(joins: readonly Join[], dictionary: ReadonlySet<string>): Join[] {
  return joins.filter(
    (join) => join.kind === 'punctuation' || !dictionary.has(dictionaryForm(`${join.left}${join.right}`)),
  );
}

/**
 * The mirror image of a glued word: a space a reader sees before a comma or a full stop
 * ("Dario , family business"), left where a line break in the source sat between a link and the
 * punctuation after it. Read from `innerText`, so CSS decides what is on one line. A space before
 * a lone dot between words (a list separator such as " · ") or before an ellipsis is fine.
 */
export function spacesBeforePunctuation(text: string): string[] {
  return [...text.matchAll(/(\S{0,20}[\p{L}\p{N}”)]) +([,.;:!?])(?=\s|$)(?=(\s\S{1,20})?)/gu)].map(
    (match) => `${match[1]} ${match[2]}${match[3] ?? ''}`,
  );
}
