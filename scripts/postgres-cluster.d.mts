// Types of scripts/postgres-cluster.mjs for the TypeScript code that imports it (tests, benchmarks).
export function postgresBinDir(): string | null;
export function startCluster(): Promise<{ url: string; port: number; stop: () => void }>;
export function withDatabase(url: string, database: string): string;
export function freePort(): Promise<number>;
