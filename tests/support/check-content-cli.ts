import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { childEnv, projectRoot } from './project-copy.ts';

export interface CommandResult {
  code: number;
  output: string;
}

/** `npm run check:content` over a project copy, as an editor runs it; never throws on failure. */
export async function checkContentIn(root: string): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'check:content'], {
      cwd: projectRoot,
      env: childEnv({ SERVICE_STORIES_ROOT: root }),
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
