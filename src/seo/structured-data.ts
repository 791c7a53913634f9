/*
 * JSON-LD for search engines: WebSite on the home page, BlogPosting for articles and
 * testimonials, BreadcrumbList for every entry page. Pure functions over absolute URLs.
 */

export type JsonLd = Record<string, unknown>;

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function websiteLd(site: { name: string; description: string; url: string; searchUrl?: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: site.url,
    ...(site.searchUrl
      ? {
          potentialAction: {
            '@type': 'SearchAction',
            target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
            'query-input': 'required name=search_term_string',
          },
        }
      : {}),
  };
}

export interface PostingInput {
  headline: string;
  description: string;
  url: string;
  imageUrl: string;
  published: Date;
  modified?: Date | undefined;
  author: string;
  publisher: { name: string; url: string; logoUrl: string };
  keywords: string[];
}

export function blogPostingLd(post: PostingInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.headline,
    description: post.description,
    url: post.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': post.url },
    image: [post.imageUrl],
    datePublished: post.published.toISOString(),
    dateModified: (post.modified ?? post.published).toISOString(),
    author: [{ '@type': 'Organization', name: post.author, url: post.publisher.url }],
    publisher: {
      '@type': 'Organization',
      name: post.publisher.name,
      url: post.publisher.url,
      logo: { '@type': 'ImageObject', url: post.publisher.logoUrl },
    },
    keywords: post.keywords.join(', '),
  };
}

export function breadcrumbLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: nothing in it can close the element early. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
