// Builds the production app when its inputs changed since the last build (or there is none).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildFingerprint, buildIsCurrent, FINGERPRINT_FILE } from './build-fingerprint.mjs';

export function ensureBuild() {
  if (buildIsCurrent()) return false;
  const fingerprint = buildFingerprint();
  console.log('Building the app (first start or changed sources)…');
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed: see the messages above.');
  writeFileSync(FINGERPRINT_FILE, fingerprint);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
