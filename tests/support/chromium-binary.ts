import { findTool, TEST_TOOLS } from './test-tools.ts';

/*
 * Debian's Chromium for the tests and scripts: where it is, and how it starts. Two builds of the
 * same Chromium version: the page tests drive the headless shell (Debian's
 * chromium-headless-shell, the build Playwright drives by default), which renders with the same
 * Blink and V8 as the desktop browser but without its window layer, and so opens a page for about
 * a fifth of the CPU (docs/testing.md); Lighthouse, which times page loads as a reader's browser
 * makes them, drives the desktop browser in its headless mode.
 */

/** Headless, and quiet on the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The desktop Chromium's path, for Lighthouse: CHROMIUM_PATH, or Debian's. Throws, with the command that installs it, when there is none. */
export function findChromium(): string {
  return findTool(TEST_TOOLS.chromium);
}

/** The headless shell's path, for the page tests: CHROMIUM_HEADLESS_SHELL_PATH, or Debian's. Throws like findChromium. */
export function findHeadlessShell(): string {
  return findTool(TEST_TOOLS.headlessShell);
}
