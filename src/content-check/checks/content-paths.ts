import { siteConfig } from '../../site.config.ts';
import { createUrls } from '../../urls/urls.ts';

/*
 * Site paths as content writes them: from the site root, whatever the base path, because the MDX
 * link component moves them under the base when the page is built. The checks compare links and
 * addresses in this form.
 */
export const contentPaths = createUrls('/', siteConfig.url);
