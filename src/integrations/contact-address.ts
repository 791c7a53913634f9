import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';

/*
 * /share/ sends readers' stories to siteConfig.contactEmail. Without one the page still builds and
 * tells readers how else to reach the editors, but whoever deploys the site should know that no
 * story can arrive, so every build says so.
 */
export function contactAddress(): AstroIntegration {
  return {
    name: 'service-stories:contact-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || siteConfig.contactEmail) return;
        logger.warn(
          'no contact address: /share/ cannot send readers’ stories anywhere. Set CONTACT_EMAIL, or contactEmail in src/site.config.ts.',
        );
      },
    },
  };
}
