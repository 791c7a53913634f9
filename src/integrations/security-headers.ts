import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteInlineScripts } from '../components/site-scripts.ts';
import { basePath } from '../urls/urls.ts';
import { headerRules, scriptHash, toHeadersFile, toNginxSnippet } from './header-policy.ts';
import { contentKey } from './output-cache.ts';
import { unlistedScripts } from './unlisted-scripts.ts';

/*
 * After a build: writes dist/_headers (Netlify and Cloudflare Pages) and
 * dist/_nginx/security-headers.conf (included by deploy/nginx.conf). The policy's script hashes
 * are those of the inline scripts the site's code declares (components/site-scripts.ts), never
 * ones found in the output. Every built page is then read, and the build fails, naming each page,
 * if one would run anything else: an unlisted inline script, an event handler, a javascript: link.
 * A page whose bytes were found clean by the last build, with the same list and the same reading
 * code, is not read again (<cacheDir>/script-scan.json): a warm build reads only the pages it rendered.
 */
export function securityHeadersFiles(): AstroIntegration {
  let scanCache = '';
  return {
    name: 'service-stories:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        scanCache = path.join(fileURLToPath(config.cacheDir), 'script-scan.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const problems = unlistedScriptsInPages(root, siteInlineScripts, scanCache);
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

/** What a page's verdict depends on besides its bytes: the allowed scripts and the code that reads the page. */
function readerKey(allowedScripts: readonly string[]): string {
  const code = ['./unlisted-scripts.ts', './header-policy.ts', '../urls/script-url.ts'].map((file) =>
    readFileSync(new URL(file, import.meta.url)),
  );
  const parser = (createRequire(import.meta.url)('node-html-parser/package.json') as { version: string }).version;
  return contentKey(...code, parser, ...allowedScripts.map((script) => `${script}\0`));
}

interface ScanCache {
  reader: string;
  clean: string[];
}

/**
 * Every unlisted piece of script in the HTML pages under `root`, as "page: what it is". With a
 * cache file, pages found clean before (same bytes, same list, same code) are not read again.
 */
export function unlistedScriptsInPages(root: string, allowedScripts: readonly string[], cacheFile?: string): string[] {
  const allowed = new Set(allowedScripts);
  const reader = cacheFile ? readerKey(allowedScripts) : '';
  const before =
    cacheFile && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as ScanCache) : undefined;
  const knownClean = new Set(before?.reader === reader ? before.clean : []);
  const clean: string[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.html')) continue;
    const page = name.split(path.sep).join('/');
    const html = readFileSync(path.join(root, name), 'utf8');
    const key = cacheFile ? contentKey(html) : '';
    if (knownClean.has(key)) {
      clean.push(key);
      continue;
    }
    const found = unlistedScripts(html, allowed);
    for (const problem of found) problems.push(`${page}: ${problem}`);
    if (found.length === 0) clean.push(key);
  }
  if (cacheFile) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ reader, clean } satisfies ScanCache));
  }
  return problems;
}
