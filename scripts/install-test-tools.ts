import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TEST_TOOLS, toolPath } from '../tests/support/test-tools.ts';

/*
 * The first step of `npm test`: the browser and server tests need Debian's Chromium (its headless
 * shell for the page tests, the desktop build for Lighthouse), Firefox ESR and nginx, and the W3C
 * Nu HTML Checker needs Java. When any is missing, install it with apt, as root directly or through
 * sudo when that works without a password. When neither can, stop at once with the exact command
 * to run.
 */

const missing = Object.values(TEST_TOOLS).filter((tool) => toolPath(tool) === undefined);
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.pkg);
const command = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;

function stop(reason: string): never {
  console.error(`\nThe browser, server and HTML tests need ${packages.join(' and ')}, and ${reason}.`);
  console.error(`Install ${packages.length === 1 ? 'it' : 'them'}, then run npm test again:\n\n  ${command}\n`);
  const variables = Object.values(TEST_TOOLS).map((tool) => tool.variable);
  console.error(
    `Or point the tests at your own copies with ${variables.slice(0, -1).join(', ')} and ${variables.at(-1)}.`,
  );
  process.exit(1);
}

if (!existsSync('/usr/bin/apt-get')) stop('this machine has no apt-get to install them with');
const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!isRoot && !canSudo) stop('installing them needs root, and sudo asks for a password here');

const prefix = isRoot ? [] : ['sudo', '-n'];
/** Runs one apt-get step; its chatter is shown only when it fails. */
const run = (args: string[]) => {
  console.log(`> ${[...prefix, ...args].join(' ')}`);
  const [bin = '', ...rest] = [...prefix, ...args];
  const result = spawnSync(bin, rest, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}${result.stderr}`.trim().split('\n').slice(-20).join('\n'));
    stop(`\`${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
  }
};

console.log(`Installing what the browser, server and HTML tests need: ${packages.join(', ')}`);
const started = performance.now();
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
const still = missing.filter((tool) => toolPath(tool) === undefined);
if (still.length > 0) stop(`apt-get finished but ${still.map((tool) => tool.paths[0]).join(', ')} is still missing`);
console.log(`Installed ${packages.join(' and ')} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
