// Runs the Playwright tests against the production build, in Debian's Chromium or Playwright's own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBuild } from './build.mjs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
    return process.env.CHROMIUM_PATH;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

const chromiumPath = await findChromium();
if (!chromiumPath) {
  console.error(
    'No Chromium found for the browser tests: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
  );
  process.exit(1);
}

try {
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
