// The README's code layout (`path → what it is`) names paths that exist, and leaves out no folder of
// app/ or lib/ and no top-level folder of the project.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The `path → description` lines of the code block under "How the code is laid out". */
function layoutEntries(): { path: string; description: string }[] {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.split('## How the code is laid out')[1]?.split('\n## ')[0] ?? '';
  const block = section.split('```')[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^(\S+)\s+→\s+(.+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ path: match[1], description: match[2].trim() }));
}

/** Folders in `dir`, without those .gitignore leaves out of the repository and git's own. */
function folders(dir: string): string[] {
  const ignored = new Set(
    fs
      .readFileSync('.gitignore', 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/\/$/, ''))
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== '.git')
    .map((entry) => path.posix.join(dir === '.' ? '' : dir, entry.name))
    .filter((folder) => !ignored.has(folder) && !ignored.has(path.posix.basename(folder)));
}

describe("the README's code layout", () => {
  const entries = layoutEntries();
  const listed = new Set(entries.map((entry) => entry.path.replace(/\/$/, '')));

  it('has entries, each with a description', () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) expect(entry.description.length, entry.path).toBeGreaterThan(10);
  });

  it('names only paths that exist, folders with a trailing slash', () => {
    for (const entry of entries) {
      const target = entry.path.replace(/\/$/, '');
      expect(fs.existsSync(target), `${entry.path} does not exist`).toBe(true);
      expect(fs.statSync(target).isDirectory(), `${entry.path}: a folder ends in /`).toBe(
        entry.path.endsWith('/'),
      );
    }
  });

  it('lists every folder of app/ and lib/', () => {
    const missing = [...folders('app'), ...folders('lib')].filter((folder) => !listed.has(folder));
    expect(missing).toEqual([]);
  });

  it('lists every top-level folder, or paths inside it', () => {
    const covered = (folder: string) =>
      listed.has(folder) || [...listed].some((entry) => entry.startsWith(`${folder}/`));
    expect(folders('.').filter((folder) => !covered(folder))).toEqual([]);
  });
});
