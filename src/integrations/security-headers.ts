import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteInlineScripts } from '../components/site-scripts.ts';
import { basePath } from '../urls/urls.ts';
import { headerRules, scriptHash, toHeadersFile, toNginxSnippet } from './header-policy.ts';
import { unlistedScripts } from './unlisted-scripts.ts';

/*
 * After a build: writes dist/_headers (Netlify and Cloudflare Pages) and
 * dist/_nginx/security-headers.conf (included by deploy/nginx.conf). The policy's script hashes
 * are those of the inline scripts the site's code declares (components/site-scripts.ts), never
 * ones found in the output. Every built page is then read, and the build fails, naming each page,
 * if one would run anything else: an unlisted inline script, an event handler, a javascript: link.
 */
export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'service-stories:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const problems = unlistedScriptsInPages(root, siteInlineScripts);
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} piece${problems.length === 1 ? '' : 's'} of script in the built pages that the site's code did not write:\n` +
              `${problems.join('\n')}\n` +
              'Content may not carry scripts, event handlers or javascript: links (docs/writing.md says what it may embed); ' +
              'a component that needs an inline script lists its text in src/components/site-scripts.ts.',
          );
        }
        const hashes = siteInlineScripts.map(scriptHash);
        writeFileSync(path.join(root, '_headers'), toHeadersFile(headerRules(basePath, hashes)));
        mkdirSync(path.join(root, '_nginx'), { recursive: true });
        writeFileSync(path.join(root, '_nginx', 'security-headers.conf'), toNginxSnippet(hashes));
        logger.info(
          `wrote _headers and _nginx/security-headers.conf with ${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'}, from the site's code`,
        );
      },
    },
  };
}

/** Every unlisted piece of script in the HTML pages under `root`, as "page: what it is". */
export function unlistedScriptsInPages(root: string, allowedScripts: readonly string[]): string[] {
  const allowed = new Set(allowedScripts);
  const problems: string[] = [];
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.html')) continue;
    const page = name.split(path.sep).join('/');
    for (const problem of unlistedScripts(readFileSync(path.join(root, name), 'utf8'), allowed))
      problems.push(`${page}: ${problem}`);
  }
  return problems;
}
