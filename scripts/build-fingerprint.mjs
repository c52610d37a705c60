// A fingerprint of everything the production build depends on, so `npm start` rebuilds only when it changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'lib',
  'content',
  'public',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
  'prisma/schema.prisma',
];
const SKIP = new Set(['node_modules', '.next', 'generated']);
export const FINGERPRINT_FILE = path.join('.next', 'backprop-build-fingerprint');

function listFiles(entry) {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((dirent) => !SKIP.has(dirent.name))
    .flatMap((dirent) => listFiles(path.join(entry, dirent.name)));
}

/** Hashes the paths and contents of the build's inputs. */
export function buildFingerprint(root = process.cwd()) {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((input) => listFiles(path.join(root, input))).sort();
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when .next holds a finished build of exactly these inputs. */
export function buildIsCurrent(root = process.cwd()) {
  const file = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(file)) return false;
  return readFileSync(file, 'utf8').trim() === buildFingerprint(root);
}
