/** The named channel on which the build's page renderer hands story pages to the search index. */
export const SEARCH_CHANNEL = 'service-stories:search-index';

export interface PageMessage {
  /** The page's path as served, base path included, such as /articles/why-i-chose/. */
  pathname: string;
  html: string;
}
