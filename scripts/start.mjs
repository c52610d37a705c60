// `npm start`: checks the mode's settings, prepares the database, builds when needed, and serves the app on $HOST:$PORT (127.0.0.1:3000).
import { trustedProxiesSetting } from '../lib/auth/client-address.mjs';
import { appMode, modeRefusal } from '../lib/auth/mode.mjs';
import { ensureBuild } from './build.mjs';
import { listenHost, listenPort } from './host.mjs';
import { migrate } from './migrate.mjs';
import { concurrencySetting } from './request-queue.mjs';
import { serve } from './serve.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHECKPOINT_DISABLE = '1';
const refusal = modeRefusal(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const listen = listenHost(process.env.HOST, appMode(process.env) ?? 'local');
if (!listen.ok) {
  console.error(listen.message);
  process.exit(1);
}
const { host } = listen;
const listenOn = listenPort(process.env.PORT);
if (!listenOn.ok) {
  console.error(listenOn.message);
  process.exit(1);
}
const { port } = listenOn;
const concurrency = concurrencySetting(process.env.BACKPROP_CONCURRENCY);
if (!concurrency.ok) {
  console.error(concurrency.message);
  process.exit(1);
}
const proxies = trustedProxiesSetting(process.env.BACKPROP_TRUSTED_PROXIES);
if (!proxies.ok) {
  console.error(proxies.message);
  process.exit(1);
}

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
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
