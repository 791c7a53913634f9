/*
 * A search result's excerpt as the results list shows it. Pagefind cuts its excerpt at word
 * boundaries around the matched words, as HTML with <mark> around each match; a match near the
 * top of a story starts with the story's headline, which the result already shows as its title.
 */

const plain = (html: string) => html.replace(/<[^>]*>/g, '');
const comparable = (word: string) => word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The excerpt without the title the result already shows: the whole title at its start, or the
 * end of the title when Pagefind's window starts inside it (two words or more, so a lone word
 * that happens to end the title stays). Marks around the remaining words are kept.
 */
export function excerptWithoutTitle(excerptHtml: string, title: string): string {
  const tokens = excerptHtml.trim().split(/\s+/);
  const titleWords = title.trim().split(/\s+/).map(comparable);
  const longest = Math.min(titleWords.length, tokens.length);
  for (let length = longest; length >= 1; length -= 1) {
    if (length < 2 && length < titleWords.length) break;
    const tail = titleWords.slice(titleWords.length - length);
    if (tail.every((word, index) => word === comparable(plain(tokens[index] ?? '')))) {
      return tokens.slice(length).join(' ');
    }
  }
  return tokens.join(' ');
}

/** Whether the excerpt starts inside a sentence: with a lower-case letter. */
export function startsMidSentence(excerptHtml: string): boolean {
  const first = plain(excerptHtml).trim().charAt(0);
  return first !== '' && first === first.toLocaleLowerCase('en') && first !== first.toLocaleUpperCase('en');
}

/** Whether the excerpt stops inside a sentence: without a full stop, question or exclamation mark. */
export function endsMidSentence(excerptHtml: string): boolean {
  return !/[.!?…][”’"')]*$/.test(plain(excerptHtml).trim());
}

/** The excerpt a result shows: no repeated title, and an ellipsis where it starts or stops mid-sentence. */
export function resultExcerpt(excerptHtml: string, title: string): string {
  const text = excerptWithoutTitle(excerptHtml, title);
  if (text === '') return '';
  return `${startsMidSentence(text) ? '…' : ''}${text}${endsMidSentence(text) ? '…' : ''}`;
}
