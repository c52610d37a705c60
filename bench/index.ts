// `npm run bench`: runs every benchmark section, prints each as a table and saves them all as JSON.
//   npm run bench                 all sections
//   npm run bench -- engine app   only the named sections (engine, exercises, app, scheduler, postgres, tail)
//   npm run bench -- compare      the exercises against another revision (bench/compare.ts; only when named)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchSection } from './types';

const sections: Record<string, () => Promise<BenchSection[]>> = {
  engine: async () => [await (await import('./engine')).run()],
  exercises: async () => [
    await (await import('./exercises')).run(),
    await (await import('./choices')).run(),
  ],
  app: async () => (await import('./app')).run(),
  scheduler: async () => [await (await import('./scheduler')).run()],
  tail: async () => [await (await import('./tail')).run()],
  postgres: async () => [await (await import('./postgres')).run()],
  compare: async () => [await (await import('./compare')).run()],
};

/** Sections that run only when named: `compare` measures a change, not the app. */
const ONLY_WHEN_NAMED = new Set(['compare']);

async function main() {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    console.error(
      `Unknown section ${unknown.join(', ')}: choose from ${Object.keys(sections).join(', ')}.`,
    );
    process.exit(1);
  }
  const results: BenchSection[] = [];
  const all = Object.keys(sections).filter((name) => !ONLY_WHEN_NAMED.has(name));
  for (const name of wanted.length > 0 ? wanted : all) {
    console.log(`\n▶ ${name}`);
    for (const section of await sections[name]()) {
      console.log(`\n${section.title}`);
      console.table(section.rows);
      results.push(section);
    }
  }
  const dir = path.join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const report = { date: new Date().toISOString(), node: process.version, sections: results };
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(report, null, 2));
  console.log(`\nSaved ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
