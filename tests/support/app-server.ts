// Starts the built app on a free port with its own database (a new temporary one unless given), for tests and benchmarks.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/postgres-cluster.mjs';

export interface AppServer {
  url: string;
  databaseFile: string;
  /** The DATABASE_URL the server runs on (its SQLite file unless the caller named another). */
  databaseUrl: string;
  /** Stops the server (SIGTERM, or SIGKILL to simulate a crash); resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** What the server printed since it last started. */
  output(): string;
  /** Starts it again on the same port and database. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start in time:\n${output()}`);
}

export async function startServer(
  options: { databaseFile?: string; env?: Record<string, string> } = {},
): Promise<AppServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-server-'));
  const databaseFile = options.databaseFile ?? path.join(dir, 'app.db');
  const databaseUrl = options.env?.DATABASE_URL ?? `file:${databaseFile}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let log = '';

  const launch = async () => {
    log = '';
    child = spawn('node', ['scripts/start.mjs'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...options.env,
        DATABASE_URL: databaseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      log += chunk;
    });
    await waitForReady(url, child, () => log);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!child || child.exitCode !== null || child.pid === undefined)
      return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, signal);
    return exited;
  };

  await launch();
  return {
    url,
    databaseFile,
    databaseUrl,
    stop,
    output: () => log,
    restart: launch,
    async dispose() {
      await stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
