import { spawn } from 'node:child_process';

/*
 * Runs a command in a real pseudo-terminal (util-linux `script`), so a test can answer its
 * prompts the way a person does: wait until a question is on screen, then type. Nothing here
 * waits for a length of time; a step waits for text, and fails if the command ends first.
 */

export const KEYS = { enter: '\r', down: '\x1b[B', space: ' ', backspace: '\x7f', ctrlC: '\x03' } as const;

/** The text a person would read: colours, cursor moves and other escape sequences removed. */
export function visibleText(output: string): string {
  // eslint-disable-next-line no-control-regex -- escape sequences are exactly what this removes
  return output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x1b\][^\x07]*\x07/g, '');
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export interface TerminalSession {
  /** Resolves once `text` has appeared on screen since the last answer was typed. */
  waitFor(text: string): Promise<void>;
  type(keys: string): void;
  /** Everything shown so far, as visible text. */
  screen(): string;
  /** The command's exit code, once it ends. */
  exited: Promise<number>;
  /** Ends the command if it is still running, so a failed test leaves nothing behind. */
  close(): void;
}

export function runInTerminal(
  command: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): TerminalSession {
  // A fixed size, wide enough that no prompt or message wraps, so a test can wait for a whole sentence.
  const shell = `stty cols 200 rows 50; exec ${command.map(quote).join(' ')}`;
  const child = spawn('script', ['--quiet', '--return', '--echo', 'never', '--command', shell, '/dev/null'], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let since = 0;
  let ended = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    notify();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    notify();
  });
  const exited = new Promise<number>((resolve) =>
    child.on('close', (code) => {
      ended = true;
      notify();
      resolve(code ?? -1);
    }),
  );
  return {
    waitFor(text) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = visibleText(output.slice(since)).includes(text);
          if (!found && !ended) return;
          listeners.delete(look);
          if (found) resolve();
          else reject(new Error(`the command ended before showing "${text}":\n${visibleText(output)}`));
        };
        listeners.add(look);
        look();
      });
    },
    type(keys) {
      since = output.length;
      child.stdin.write(keys);
    },
    screen: () => visibleText(output),
    exited,
    close() {
      // `script` ends the command in its terminal, then itself.
      if (!ended) child.kill('SIGTERM');
    },
  };
}
