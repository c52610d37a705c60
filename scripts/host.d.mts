// Types of scripts/host.mjs for the TypeScript code that imports it (tests).
export const DEFAULT_HOST: string;
export const DEFAULT_PORT: number;
export function listenPort(
  value: string | undefined,
): { ok: true; port: number } | { ok: false; message: string };
export function isLoopback(host: string): boolean;
export function listenHost(
  value: string | undefined,
  mode?: 'local' | 'shared',
): { ok: true; host: string } | { ok: false; message: string };
