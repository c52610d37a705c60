// /api/health tells a load balancer the truth: 200 with a reachable database, 503 without one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../../scripts/postgres-cluster.mjs';

const dirs: string[] = [];
afterEach(() => {
  vi.resetModules();
  vi.unstubAllEnvs();
  delete (globalThis as { backpropDb?: unknown }).backpropDb;
  delete (globalThis as { backpropDbReady?: unknown }).backpropDbReady;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The route's GET with the app's database at `url`. */
async function healthOn(url: string): Promise<Response> {
  vi.stubEnv('DATABASE_URL', url);
  const { GET } = await import('@/app/api/health/route');
  return GET();
}

describe('/api/health', () => {
  it('answers 200 when the database answers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backprop-health-'));
    dirs.push(dir);
    const response = await healthOn(`file:${path.join(dir, 'app.db')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers 503 with a reason when the database cannot be reached', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A PostgreSQL URL on a port nothing listens on.
    const response = await healthOn(`postgresql://nobody@127.0.0.1:${await freePort()}/none`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ ok: false, error: 'The database cannot be reached.' });
    // The cause goes to the log, for whoever runs the server.
    expect(error).toHaveBeenCalledWith(expect.stringContaining('database'), expect.anything());
    error.mockRestore();
  });
});
