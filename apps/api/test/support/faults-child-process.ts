// Real child processes of the app for crash and multi-process tests: one Node
// process running TypeScript through `--import tsx` (not `pnpm` or the `tsx`
// launcher, which put a parent in between: SIGKILL must hit the process that
// does the work). Every child is registered and `killAllChildren()` (call it in
// afterAll) ends whatever is still running.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const apiDir = path.resolve(import.meta.dirname, '../..');

export interface AppChild {
  process: ChildProcess;
  pid: number;
  /** Everything written to stdout and stderr so far (for failure messages). */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when `pattern` appears in the output; rejects if the process ends first. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGKILL: no shutdown handler runs, as in a power cut or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM and wait: the graceful stop. */
  stop(): Promise<void>;
}

const running = new Set<AppChild>();

/**
 * Starts `entry` (a path under apps/api, e.g. `src/main.ts`) with `args` in a
 * child process; `env` is added to a test base env.
 */
export function spawnAppChild(
  entry: string,
  args: string[],
  env: Record<string, string>,
): AppChild {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
      PUBLIC_URL: 'http://localhost:3000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let hasExited = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      hasExited = true;
      running.delete(handle);
      for (const listener of listeners) listener();
      resolve({ code, signal });
    });
  });
  const handle: AppChild = {
    process: child,
    pid: child.pid ?? -1,
    output: () => output,
    exited,
    waitForOutput(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(`No ${pattern} from ${entry} in ${timeoutMs} ms:\n${output.slice(-2000)}`),
          );
        }, timeoutMs);
        function check() {
          const match = pattern.exec(output);
          if (match || hasExited) {
            clearTimeout(timer);
            listeners.delete(check);
            if (match) resolve(match);
            else reject(new Error(`${entry} exited before ${pattern}:\n${output.slice(-2000)}`));
          }
        }
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (!hasExited) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!hasExited) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(handle);
  return handle;
}

/** Kills every child still running (afterAll / finally). */
export async function killAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => child.kill()));
}
