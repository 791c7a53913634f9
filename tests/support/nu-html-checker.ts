import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { projectRoot } from './project-copy.ts';
import { TEST_TOOLS, toolPath } from './test-tools.ts';

/*
 * The W3C Nu HTML Checker (npm vnu-jar) over files and folders, in one Java process: starting
 * the JVM costs more than checking a page, so every page of a build goes through one run.
 */

const vnuJar = path.join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const java = toolPath(TEST_TOOLS.java);

export interface NuMessage {
  /** The file, relative to the folder it was found in when `relativeTo` is given. */
  file: string;
  /** "error", "warning" or "info", as the checker's JSON reports them. */
  kind: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
}

interface NuJson {
  messages: { type: string; subType?: string; url?: string; message: string; lastLine?: number }[];
}

/** Every message the checker gives for the HTML files under `targets` (files or folders). */
export async function nuCheck(targets: readonly string[]): Promise<NuMessage[]> {
  if (!java) throw new Error('the Nu HTML Checker needs Java: apt-get install default-jre-headless, or set JAVA_PATH');
  // The checker exits 1 when it finds an error and writes its JSON report to stderr either way.
  const { stderr } = await promisify(execFile)(
    java,
    ['-Xss2m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', ...targets],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
  const report = JSON.parse(stderr) as NuJson;
  return report.messages.map((message) => ({
    file: message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? ''),
    kind: message.type === 'error' ? 'error' : message.subType === 'warning' ? 'warning' : 'info',
    message: message.message,
    ...(message.lastLine === undefined ? {} : { line: message.lastLine }),
  }));
}
