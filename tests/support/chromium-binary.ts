import { findTool, TEST_TOOLS } from './test-tools.ts';

/** Debian's Chromium for every test and script: where it is, and how it starts. */

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

/** Chromium's path: CHROMIUM_PATH, or Debian's. Throws, with the command that installs it, when there is none. */
export function findChromium(): string {
  return findTool(TEST_TOOLS.chromium);
}
