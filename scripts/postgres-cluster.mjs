// A throw-away PostgreSQL cluster for tests, benchmarks and migration authoring: initdb in a temporary
// folder (as the `postgres` user when running as root, since initdb refuses root), on a free loopback port.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The folder of the PostgreSQL server binaries: $POSTGRES_BIN, or the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBinDir() {
  const candidates = process.env.POSTGRES_BIN
    ? [process.env.POSTGRES_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((version) => /^\d+$/.test(version))
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return candidates.find((dir) => existsSync(path.join(dir, 'postgres'))) ?? null;
}

/** A TCP port on the loopback interface that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Looks up the uid and gid of a user, or null when there is none. */
function userIds(name) {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Starts a new cluster and returns its superuser URL (database `postgres`, no password, loopback
 * only) and a `stop` that shuts it down and deletes its folder.
 * @returns {Promise<{ url: string; port: number; stop: () => void }>}
 */
export async function startCluster() {
  const bin = postgresBinDir();
  if (!bin) throw new Error('No PostgreSQL server binaries (/usr/lib/postgresql/*/bin/postgres).');
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-pg-'));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let run = (command, args) => spawnSync(command, args, { encoding: 'utf8' });
  if (asRoot) {
    const ids = userIds('postgres');
    if (!ids) throw new Error('Running as root needs a `postgres` user to run the cluster as.');
    chownSync(dir, ids.uid, ids.gid);
    run = (command, args) =>
      spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' });
  }
  const data = path.join(dir, 'data');
  const must = (result, what) => {
    if (result.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`${what} failed:\n${result.stdout}${result.stderr}`);
    }
  };
  must(
    run(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]),
    'initdb',
  );
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  must(
    run(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ]),
    'pg_ctl start',
  );
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The URL of another database on the same server. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
