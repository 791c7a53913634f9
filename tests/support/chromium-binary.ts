import { existsSync } from 'node:fs';

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
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error('Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH');
  }
  return found;
}
