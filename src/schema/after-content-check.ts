import type { Loader } from 'astro/loaders';

/*
 * A production build checks content/ as it starts (src/content-check/, on a worker thread) and
 * reports every problem in the check's words: file, field, what was expected. Astro's content layer
 * then validates the same files against these schemas, and would stop the build at its first
 * problem, in its own words. So the build starts the check without waiting for it, Astro sets up
 * its content layer meanwhile (a second or two), and the collections' loaders wait for what is left
 * of the check: a check that finds errors ends the build before a loader reads a file.
 * The loaders run in Astro's module runner, in the build's process and global scope, which is how
 * the check's promise reaches them. Nothing waits where no build set one (`astro dev` checks beside
 * the server, `astro sync` not at all).
 */

const CHECK = Symbol.for('service-stories:content-check');
type Holder = { [CHECK]?: Promise<unknown> };

/** Makes the collections' loaders wait for `check`, the build's content check. */
export function loadAfterContentCheck(check: Promise<unknown>): void {
  (globalThis as Holder)[CHECK] = check;
}

/** The same loader, waiting first for the build's content check when a build has started one. */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await (globalThis as Holder)[CHECK];
      return loader.load(context);
    },
  };
}
