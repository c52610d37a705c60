// `npm start`: checks the mode's settings, prepares the database, builds when needed, and serves the app on $HOST:$PORT (127.0.0.1:3000).
// First: the .env files are read before any module below reads a setting.
import './env.mjs';
import { trustedProxiesSetting } from '../lib/auth/client-address.mjs';
import { appMode, modeRefusal } from '../lib/auth/mode.mjs';
import { ensureBuild } from './build.mjs';
import { listenHost, listenPort } from './host.mjs';
import { migrate } from './migrate.mjs';
import { concurrencySetting } from './request-queue.mjs';
import { serve } from './serve.mjs';
import { stopOnSignals } from './shutdown.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHECKPOINT_DISABLE = '1';
/**
 * A setting's value, or its one-line refusal printed and exit status 1.
 * @template T
 * @param {({ ok: true } & T) | { ok: false, message: string }} setting
 * @returns {T}
 */
function accepted(setting) {
  if (setting.ok) return setting;
  console.error(setting.message);
  process.exit(1);
}

const refusal = modeRefusal(process.env);
if (refusal) accepted({ ok: false, message: refusal });
const { host } = accepted(listenHost(process.env.HOST, appMode(process.env) ?? 'local'));
const { port } = accepted(listenPort(process.env.PORT));
const concurrency = accepted(concurrencySetting(process.env.BACKPROP_CONCURRENCY));
const proxies = accepted(trustedProxiesSetting(process.env.BACKPROP_TRUSTED_PROXIES));

try {
  await migrate();
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

let server;
try {
  server = await serve({
    host,
    port,
    concurrency: concurrency.concurrency,
    trustedProxies: proxies.trustedProxies,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(
  `\nBackprop is running: open http://${host.includes(':') ? `[${host}]` : host}:${port}\n`,
);
stopOnSignals(server);
