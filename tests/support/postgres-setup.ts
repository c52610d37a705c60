// Vitest global set-up of the PostgreSQL project: a throw-away cluster for the run, with a migrated
// template database that each test copies; stopped and deleted when the run ends.
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startCluster, withDatabase } from '../../scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cluster's superuser URL (database `postgres`). */
    postgresUrl: string;
    /** The migrated database each test copies (`CREATE DATABASE … TEMPLATE`). */
    postgresTemplate: string;
  }
}

export const TEMPLATE_DATABASE = 'backprop_template';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  try {
    const created = spawnSync(
      'node',
      [
        '--input-type=module',
        '-e',
        `import pg from 'pg';
         const client = new pg.Client({ connectionString: process.argv[1] });
         await client.connect();
         await client.query('CREATE DATABASE "${TEMPLATE_DATABASE}"');
         await client.end();`,
        cluster.url,
      ],
      { encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`creating the template failed: ${created.stderr}`);
    const templateUrl = withDatabase(cluster.url, TEMPLATE_DATABASE);
    const migrated = spawnSync('node', ['scripts/migrate.mjs'], {
      env: { ...process.env, DATABASE_URL: templateUrl },
      encoding: 'utf8',
    });
    if (migrated.status !== 0) {
      throw new Error(`migrating the template failed: ${migrated.stdout}${migrated.stderr}`);
    }
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresTemplate', TEMPLATE_DATABASE);
  return () => cluster.stop();
}
