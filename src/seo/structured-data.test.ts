import { describe, expect, it } from 'vitest';
import { blogPostingLd, breadcrumbLd, jsonLdText, websiteLd } from './structured-data.ts';

const publisher = { name: 'Stories', url: 'https://example.org/', logoUrl: 'https://example.org/icons/icon-512.png' };

describe('structured data', () => {
  it('describes the site, with a search action when there is a search page', () => {
    const ld = websiteLd({
      name: 'Stories',
      description: 'D',
      url: 'https://example.org/',
      searchUrl: 'https://example.org/search/',
    });
    expect(ld).toMatchObject({ '@type': 'WebSite', url: 'https://example.org/' });
    expect(JSON.stringify(ld)).toContain('https://example.org/search/?q={search_term_string}');
    expect(websiteLd({ name: 'S', description: 'D', url: 'https://example.org/' })).not.toHaveProperty(
      'potentialAction',
    );
  });

  it('gives a BlogPosting the fields Google asks for, with dateModified falling back to the publication date', () => {
    const ld = blogPostingLd({
      headline: 'Why we stay',
      description: 'A sentence.',
      url: 'https://example.org/articles/why/',
      imageUrl: 'https://example.org/og/articles/why.png',
      published: new Date('2026-03-10T00:00:00Z'),
      author: 'The editors',
      publisher,
      keywords: ['Careers', 'Empathy'],
    });
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Why we stay',
      image: ['https://example.org/og/articles/why.png'],
      datePublished: '2026-03-10T00:00:00.000Z',
      dateModified: '2026-03-10T00:00:00.000Z',
      author: [{ '@type': 'Organization', name: 'The editors' }],
      keywords: 'Careers, Empathy',
    });
  });

  it('numbers breadcrumb items from 1', () => {
    const ld = breadcrumbLd([
      { name: 'Home', url: 'https://example.org/' },
      { name: 'Articles', url: 'https://example.org/articles/' },
    ]);
    expect(ld['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://example.org/articles/' },
    ]);
  });

  it('cannot close its script element early', () => {
    const text = jsonLdText({ headline: 'A </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ headline: 'A </script><script>alert(1)</script>' });
  });
});
