// Types of lib/auth/mode.mjs for the TypeScript code that imports it.
export declare const MIN_SECRET_LENGTH: number;
export function appMode(env?: Record<string, string | undefined>): 'local' | 'shared' | null;
export function modeRefusal(env?: Record<string, string | undefined>): string | null;
