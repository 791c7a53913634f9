import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port.ts';
import { projectRoot } from './project-copy.ts';
import { findTool, TEST_TOOLS } from './test-tools.ts';

/*
 * Runs Debian's nginx on 127.0.0.1 with the project's deploy/nginx.conf, pointed at a built dist/.
 * The server block is used as written; only its root and include paths are moved to the test copy.
 */

export function findNginx(): string {
  return findTool(TEST_TOOLS.nginx);
}

export interface RunningNginx {
  origin: string;
  stop: () => Promise<void>;
  errorLog: () => string;
}

export async function startNginx(distDir: string, workDir: string): Promise<RunningNginx> {
  const nginx = findNginx();
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(path.join(workDir, 'logs'), { recursive: true });
  const port = await freePort();
  const serverBlock = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/srv/service-stories/dist', distDir);
  const temp = (name: string) => path.join(workDir, name);
  const config = [
    'worker_processes 1;',
    'daemon off;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('logs/error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  client_body_temp_path ${temp('client')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    serverBlock,
    '}',
  ].join('\n');
  writeFileSync(temp('nginx.conf'), config);
  const child: ChildProcess = spawn(nginx, ['-p', workDir, '-c', temp('nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    errorLog: () => {
      const log = temp('logs/error.log');
      return existsSync(log) ? readFileSync(log, 'utf8') : '';
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
