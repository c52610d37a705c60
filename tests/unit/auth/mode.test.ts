// The two modes: local by default, shared only with a session secret, and `npm start` refusing in one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appMode, modeRefusal } from '@/lib/auth/mode.mjs';
import { listenHost } from '@/scripts/host.mjs';

const SECRET = 'x'.repeat(40);

describe('appMode and modeRefusal', () => {
  it('is local when BACKPROP_MODE is unset, blank or local, and then needs nothing else', () => {
    for (const value of [undefined, '', ' ', 'local', 'LOCAL']) {
      expect(appMode({ BACKPROP_MODE: value })).toBe('local');
      expect(modeRefusal({ BACKPROP_MODE: value })).toBeNull();
    }
  });

  it('refuses shared mode without a secret of 32 characters or more, in one line naming AUTH_SECRET', () => {
    for (const secret of [undefined, '', 'short-secret', 'y'.repeat(31)]) {
      const message = modeRefusal({ BACKPROP_MODE: 'shared', AUTH_SECRET: secret });
      expect(message).toContain('AUTH_SECRET');
      expect(message).toContain('BACKPROP_MODE=shared');
      expect(message).not.toContain('\n');
    }
    expect(modeRefusal({ BACKPROP_MODE: 'shared', AUTH_SECRET: 'y'.repeat(32) })).toBeNull();
  });

  it('refuses an unknown mode and an unknown sign-up setting', () => {
    expect(appMode({ BACKPROP_MODE: 'public' })).toBeNull();
    expect(modeRefusal({ BACKPROP_MODE: 'public' })).toContain('BACKPROP_MODE=public');
    expect(
      modeRefusal({ BACKPROP_MODE: 'shared', AUTH_SECRET: SECRET, BACKPROP_SIGN_UP: 'invite' }),
    ).toContain('BACKPROP_INVITE_CODE');
    expect(
      modeRefusal({ BACKPROP_MODE: 'shared', AUTH_SECRET: SECRET, BACKPROP_SIGN_UP: 'closed' }),
    ).toBeNull();
  });

  it('lets shared mode listen on any interface, local mode only on loopback', () => {
    expect(listenHost('0.0.0.0', 'shared')).toEqual({ ok: true, host: '0.0.0.0' });
    expect(listenHost('0.0.0.0', 'local').ok).toBe(false);
    expect(listenHost(undefined, 'shared')).toEqual({ ok: true, host: '127.0.0.1' });
  });
});

describe('npm start in shared mode', () => {
  it('exits with status 1 and one line when AUTH_SECRET is missing, before touching the database', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BACKPROP_MODE: 'shared',
      HOST: '0.0.0.0',
      DATABASE_URL: 'file:/nonexistent/dir/app.db',
    };
    delete env.AUTH_SECRET;
    const result = spawnSync('node', ['scripts/start.mjs'], {
      env,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('AUTH_SECRET');
  });

  it('reads its settings from a .env file in the folder it starts in, as the server does', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'backprop-env-'));
    try {
      writeFileSync(
        path.join(folder, '.env'),
        'BACKPROP_MODE=shared\nHOST=0.0.0.0\nDATABASE_URL=file:/nonexistent/dir/app.db\n',
      );
      const env: NodeJS.ProcessEnv = { ...process.env };
      for (const name of ['BACKPROP_MODE', 'HOST', 'DATABASE_URL', 'AUTH_SECRET']) delete env[name];
      const result = spawnSync('node', [path.resolve('scripts/start.mjs')], {
        cwd: folder,
        env,
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('AUTH_SECRET');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
