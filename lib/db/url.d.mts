// Types of lib/db/url.mjs for the TypeScript code that imports it.
export declare const DEFAULT_DATABASE_URL: string;
export function databaseUrl(env?: Record<string, string | undefined>): string;
export type DatabaseDialect = 'sqlite' | 'postgresql';
export function databaseDialect(url: string): DatabaseDialect;
