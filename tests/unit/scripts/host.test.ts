// The app listens on loopback only: the default, the addresses allowed, and `npm start` refusing others.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, isLoopback, listenHost, listenPort } from '@/scripts/host.mjs';

describe('listenHost', () => {
  it('defaults to 127.0.0.1 when HOST is unset or blank', () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    expect(listenHost(undefined)).toEqual({ ok: true, host: '127.0.0.1' });
    expect(listenHost('  ')).toEqual({ ok: true, host: '127.0.0.1' });
  });

  it.each(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]'])(
    'accepts the loopback address %s',
    (host) => {
      expect(isLoopback(host)).toBe(true);
      expect(listenHost(host).ok).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', '127.0.0.256', 'example.com', '128.0.0.1'])(
    'refuses %s, naming shared mode',
    (host) => {
      expect(isLoopback(host)).toBe(false);
      const result = listenHost(host);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(`HOST=${host}`);
        expect(result.message).toContain('BACKPROP_MODE=shared');
        expect(result.message).not.toContain('\n');
      }
    },
  );
});

describe('listenPort', () => {
  it('is 3000 when PORT is unset or blank, else the whole number given', () => {
    expect(listenPort(undefined)).toEqual({ ok: true, port: 3000 });
    expect(listenPort(' ')).toEqual({ ok: true, port: 3000 });
    expect(listenPort('8080')).toEqual({ ok: true, port: 8080 });
    expect(listenPort(' 1 ')).toEqual({ ok: true, port: 1 });
    expect(listenPort('65535')).toEqual({ ok: true, port: 65535 });
  });

  it.each(['0', '65536', '-1', '80.5', '1e3', 'http', '0x50'])(
    'refuses PORT=%s in one line',
    (value) => {
      const result = listenPort(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain('PORT');
        expect(result.message).toContain(`"${value}"`);
        expect(result.message).not.toContain('\n');
      }
    },
  );
});

describe('npm start', () => {
  /** `npm start` with `env` added, on a database it could not even create. */
  const startWith = (env: Record<string, string>) =>
    spawnSync('node', ['scripts/start.mjs'], {
      env: { ...process.env, ...env, DATABASE_URL: 'file:/nonexistent/dir/app.db' },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('exits with status 1 and one line on a non-loopback HOST, before touching the database', () => {
    const result = startWith({ HOST: '0.0.0.0' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('BACKPROP_MODE=shared');
  });

  it('exits with status 1 and one line on a PORT that is not a port, before touching the database', () => {
    const result = startWith({ PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('PORT must be a whole number from 1 to 65535, got "eighty".');
  });
});
