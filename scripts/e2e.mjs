// Runs the Playwright tests against the production build, in Debian's Chromium or Playwright's own, installing one when none is found.
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

/** Runs a command with the output shown; true when it exits with 0. */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

/** Debian's package when running as root on Debian (no sudo prompt), otherwise Playwright's own download. */
function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get') || existsSync('/bin/apt-get');
  if (isRoot && existsSync('/etc/debian_version') && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    return (
      run('apt-get', ['update', '-q'], env) &&
      run('apt-get', ['install', '-y', '-q', 'chromium'], env)
    );
  }
  console.log(
    "No Chromium found: downloading Playwright's Chromium with `npx playwright install chromium`…",
  );
  return run('npx', ['playwright', 'install', 'chromium']);
}

let chromiumPath = await findChromium();
if (!chromiumPath) {
  installChromium();
  chromiumPath = await findChromium();
}
if (!chromiumPath) {
  console.error(
    "No Chromium for the browser tests, and installing one failed: install Debian's `chromium` or run `npx playwright install chromium` (or set CHROMIUM_PATH).",
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
