// Library code compiled as the production server runs it (bundled and minified), for the CPU benchmarks.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Where the compiled modules go (ignored by git, beside the results). */
const DIR = path.resolve('bench', 'results', 'compiled');

/**
 * The module `source` exports (TypeScript, imports relative to the repository root), bundled and
 * minified by esbuild. `npm run bench` itself runs under tsx, whose loader wraps every named
 * function expression in a call that keeps its name (`keepNames`); Next's server build does no
 * such thing, so code timed through tsx pays 12–19% more than learners ever do. Packages stay
 * external, loaded from node_modules as the server loads them. `root` is the checkout whose code it
 * compiles (another revision's, for `bench/compare.ts`).
 */
export async function compiled<T>(name: string, source: string, root = process.cwd()): Promise<T> {
  mkdirSync(DIR, { recursive: true });
  const outfile = path.join(DIR, `${name}.mjs`);
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    minify: true,
    keepNames: false,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}
