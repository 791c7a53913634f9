import { existsSync } from 'node:fs';

/*
 * The programs from Debian the browser, server and HTML tests run, and where they are looked for:
 * the variable that points at a copy of one's own, then Debian's paths. `npm test` installs the
 * missing ones with apt (scripts/install-test-tools.ts); the tests find them here.
 */

export interface TestTool {
  /** How an error names it. */
  name: string;
  /** The Debian package that provides it. */
  pkg: string;
  /** The environment variable that points at another copy. */
  variable: string;
  /** Debian's places for it, in order. */
  paths: readonly string[];
}

export const TEST_TOOLS = {
  // The browser tests' Chromium: the same engine as the desktop browser, without its window layer.
  headlessShell: {
    name: 'Chromium headless shell',
    pkg: 'chromium-headless-shell',
    variable: 'CHROMIUM_HEADLESS_SHELL_PATH',
    paths: ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'],
  },
  // Lighthouse's: the desktop browser, in its headless mode.
  chromium: {
    name: 'Chromium',
    pkg: 'chromium',
    variable: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  nginx: { name: 'nginx', pkg: 'nginx', variable: 'NGINX_PATH', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'] },
  firefox: {
    name: 'Firefox',
    pkg: 'firefox-esr',
    variable: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  },
  java: { name: 'Java', pkg: 'default-jre-headless', variable: 'JAVA_PATH', paths: ['/usr/bin/java'] },
} as const satisfies Record<string, TestTool>;

/** The first of the tool's places that exists, the variable's first; undefined when there is none. */
export function toolPath(tool: TestTool): string | undefined {
  return [process.env[tool.variable], ...tool.paths].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate),
  );
}

/** The tool's path. Throws, with the command that installs it, when there is none. */
export function findTool(tool: TestTool): string {
  const found = toolPath(tool);
  if (!found) {
    throw new Error(
      `${tool.name} not found: install it with \`sudo apt-get install -y ${tool.pkg}\` or set ${tool.variable}`,
    );
  }
  return found;
}
