import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath } from '../urls/urls.ts';
import { headerRules, inlineScripts, scriptHash, toHeadersFile, toNginxSnippet } from './header-policy.ts';

/*
 * After a build: hashes every inline script in dist/, then writes dist/_headers (Netlify and
 * Cloudflare Pages) and dist/_nginx/security-headers.conf (included by deploy/nginx.conf).
 */
export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'service-stories:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          for (const body of inlineScripts(readFileSync(path.join(root, name), 'utf8'))) hashes.add(scriptHash(body));
        }
        const list = [...hashes];
        writeFileSync(path.join(root, '_headers'), toHeadersFile(headerRules(basePath, list)));
        mkdirSync(path.join(root, '_nginx'), { recursive: true });
        writeFileSync(path.join(root, '_nginx', 'security-headers.conf'), toNginxSnippet(list));
        logger.info(`wrote _headers and _nginx/security-headers.conf with ${list.length} inline script hashes`);
      },
    },
  };
}
