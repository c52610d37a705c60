// Every exported engine function documents its formula in TeX and an @example whose value is true.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '@/lib/engine';

const dir = new URL('../../../lib/engine/', import.meta.url);
const sources = readdirSync(dir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8') }));

/** Each `export function` with the JSDoc block right above it. */
const documented = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export function (\w+)/g)].map((m) => ({
    file,
    name: m[2],
    doc: m[1] ?? '',
  })),
);

/** `@example expression // => value` lines. */
const examples = documented.flatMap(({ name, doc }) =>
  [...doc.matchAll(/@example (.+?) \/\/ => (.+)$/gm)].map((m) => ({
    name,
    expr: m[1],
    value: m[2],
  })),
);

function near(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') {
    return (
      typeof actual === 'number' &&
      Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
    );
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => near(actual[i], e))
    );
  }
  return false;
}

describe('engine documentation', () => {
  it('finds the exported functions of index.ts in the sources', () => {
    const names = new Set(documented.map((d) => d.name));
    const functions = Object.entries(engine).filter(([, v]) => typeof v === 'function');
    expect(functions.length).toBeGreaterThan(25);
    for (const [name] of functions) expect(names.has(name), name).toBe(true);
  });

  it('gives each exported function a TeX formula and an example', () => {
    const exported = new Set(Object.keys(engine));
    for (const { name, doc } of documented.filter((d) => exported.has(d.name))) {
      expect(doc, `${name} has no TeX formula`).toMatch(/\$[^$]+\$/);
      expect(doc, `${name} has no example`).toMatch(/@example .+ \/\/ => /);
    }
  });

  it.each(examples)('$expr is $value', ({ expr, value }) => {
    const scope = Object.entries(engine);
    const evaluate = new Function(...scope.map(([k]) => k), `return (${expr});`);
    const actual = evaluate(...scope.map(([, v]) => v));
    expect(near(actual, JSON.parse(value)), `got ${JSON.stringify(actual)}`).toBe(true);
  });
});
