// `npm start`: checks the mode's settings, prepares the database, builds when needed, and serves the app on $HOST:$PORT (127.0.0.1:3000).
import { spawn } from 'node:child_process';
import { appMode, modeRefusal } from '../lib/auth/mode.mjs';
import { ensureBuild } from './build.mjs';
import { listenHost } from './host.mjs';
import { migrate } from './migrate.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHECKPOINT_DISABLE = '1';
const port = process.env.PORT?.trim() || '3000';
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

try {
  await migrate();
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const server = spawn('npx', ['next', 'start', '-p', port, '-H', host], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: process.env,
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started|Local:/i.test(String(chunk))) {
    announced = true;
    console.log(
      `\nBackprop is running: open http://${host.includes(':') ? `[${host}]` : host}:${port}\n`,
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
