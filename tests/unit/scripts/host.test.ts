// The app listens on loopback only: the default, the addresses allowed, and `npm start` refusing others.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, isLoopback, listenHost } from '@/scripts/host.mjs';

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

describe('npm start', () => {
  it('exits with status 1 and one line on a non-loopback HOST, before touching the database', () => {
    const result = spawnSync('node', ['scripts/start.mjs'], {
      env: { ...process.env, HOST: '0.0.0.0', DATABASE_URL: 'file:/nonexistent/dir/app.db' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('BACKPROP_MODE=shared');
  });
});
