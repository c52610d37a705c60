// Types of scripts/migrate.mjs for the TypeScript code that imports it (benchmarks, tests).
export function ensureDatabaseFolder(databaseUrl: string): void;
export function redactedUrl(databaseUrl: string): string;
export function migrate(databaseUrl?: string): Promise<void>;
