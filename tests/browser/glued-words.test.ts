import { describe, expect, it } from 'vitest';
import { distDir } from '../support/built-site.ts';
import { useSiteInBrowser } from '../support/chromium.ts';
import { dictionaryOf, gluedWords, readPageJoins, spacesBeforePunctuation } from '../support/glued-words.ts';

/*
 * The detectors that hold every page's visible text to having no word glued to its neighbour
 * ("areillustrative", "tag.Follow", "RSS(how") and no space before a comma or full stop, shown to
 * find what they should and nothing else. tests/browser/quality.test.ts reads every page with
 * them, as a reader sees it: the rendered text in Chromium, after CSS.
 */

const site = useSiteInBrowser(distDir);

describe('the space-before-punctuation detector itself', () => {
  it('finds a space before a comma or stop, and leaves separators and ellipses alone', () => {
    expect(spacesBeforePunctuation('Dario , family business\nPhone , Chat , Email\nThe end .')).toEqual([
      'Dario , family',
      'Phone , Chat',
      'Chat , Email',
      'end .',
    ]);
    expect(
      spacesBeforePunctuation('Dario, family business · 20 years … and then: more. Version 1.5, or .env files'),
    ).toEqual([]);
  });
});

describe('the glued-word detector itself', () => {
  const markup = `<!doctype html><html lang="en"><head><title>t</title>
    <style>
      .row { display: flex; gap: 1rem; } .crumbs span + span::before { content: '/'; }
      .caps { text-transform: uppercase; } .gone { display: none; }
    </style></head><body>
    <p id="glued">People in testimonials are<a href="#">illustrative composites</a>.</p>
    <p id="sentence">12 stories carry this tag.<a href="#">Follow by RSS</a>(<a href="#">how feeds work</a>).</p>
    <p id="dot"><a href="#">RSS feed</a> ·<a href="#">JSON Feed</a></p>
    <p id="hidden">Each person is an<span class="gone">x</span>illustrative composite</p>
    <p id="caps">Shown in <span class="caps">capitals</span>there</p>
    <p id="fine">Tags are <a href="#">links</a>, quoted “<a href="#">Careers</a>” or (<a href="#">bracketed</a>).</p>
    <p id="in-word">We re<em>read</em> it, and we reread it again.</p>
    <p id="blocks"><span>Lines</span><br><span>apart</span></p>
    <ul class="row"><li>Flex</li><li>items</li></ul>
    <p class="crumbs"><span>Home</span><span>Tags</span></p>
    <div>Block</div><div>after block</div>
    <p>New<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">line</p>
    </body></html>`;

  it('finds words glued across element boundaries and nothing else', async () => {
    const page = await site.browser().newPage();
    await page.setContent(markup);
    const joins = await readPageJoins(page);
    await page.close();
    const found = gluedWords(joins.joins, dictionaryOf([joins])).map((join) => `${join.left}${join.right}`);
    expect(found).toEqual(['areillustrative', 'tag.Follow', 'RSS(', '·JSON', 'anillustrative', 'capitalsthere']);
  }, 30_000);

  it('forgives a join inside one word only when the site has that word whole', async () => {
    const page = await site.browser().newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p>re<em>read</em></p></body></html>',
    );
    const { joins } = await readPageJoins(page);
    await page.close();
    expect(joins.map((join) => `${join.left}${join.right}`)).toEqual(['reread']);
    expect(gluedWords(joins, new Set(['reread']))).toEqual([]);
    expect(gluedWords(joins, new Set(['re', 'read']))).toHaveLength(1);
  }, 30_000);
});
