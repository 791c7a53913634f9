import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishStoredTextsSetting } from '../stories/stored-texts.ts';
import { filesUnder } from './project-files.ts';

/*
 * Tells the pages of a production build where the texts kept from the last build are and what the
 * code fingerprint is (src/stories/stored-texts.ts explains both). The fingerprint hashes every
 * file that can shape a story's rendered body without being a story: all of src/, the files at the
 * root that configure the build or pin the packages, and under content/ everything but the .mdx
 * files (images, tags, reading paths), plus the time zone and Node's version. It leaves out only
 * the stories, whose own text each key holds.
 */

const ROOT_FILES = ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The files the fingerprint hashes, relative to `root`, sorted. */
export function fingerprintedFiles(root: string): string[] {
  return [
    ...ROOT_FILES.filter((file) => existsSync(path.join(root, file))),
    ...filesUnder(root, 'src'),
    ...filesUnder(root, 'content', (file) => !file.endsWith('.mdx')),
  ].sort();
}

/** A hash of those files' names and bytes, the time zone and Node's version. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  hash.update(`${Intl.DateTimeFormat().resolvedOptions().timeZone}\0${process.version}\0`);
  for (const file of fingerprintedFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('base64url');
}

export function storedTextsSetting(): AstroIntegration {
  return {
    name: 'service-stories:stored-texts',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // Only a build keeps texts: `astro dev` renders every request afresh.
        if (command !== 'build') return;
        publishStoredTextsSetting({
          dir: path.join(fileURLToPath(config.cacheDir), 'stored-texts'),
          code: codeFingerprint(fileURLToPath(config.root)),
        });
      },
    },
  };
}
