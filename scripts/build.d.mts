// Types of scripts/build.mjs for the TypeScript code that imports it (benchmarks).
export function ensureBuild(): boolean;
