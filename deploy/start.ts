import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../config';
import { startDevServer } from './devServer';
import { prepareApplicationData, printAccess, runDemoWork, waitUntilReady } from './platformData';

// The quick start's process manager (`npm start`): migrate, load the demo district once, then run the
// Temporal dev server, the worker and the API + UI until Ctrl-C or SIGTERM, which stops all of them.

async function main() {
  const config = loadConfig();
  const dataDir = path.resolve(config.DATA_DIR);
  const log = (msg: string) => console.log(`[zongjian] ${msg}`);
  const prepared = await prepareApplicationData(config, log);

  const temporal = await startDevServer({
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    uiPort: config.TEMPORAL_UI_PORT,
    dbFile: path.join(dataDir, 'temporal.sqlite'),
    logFile: path.join(dataDir, 'temporal.log'),
  });
  log(`Temporal dev server at ${config.TEMPORAL_ADDRESS} (web UI http://${config.TEMPORAL_ADDRESS.split(':')[0]}:${config.TEMPORAL_UI_PORT})`);

  const children: ChildProcess[] = [];
  const run = (name: string, script: string) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', script)], { stdio: 'inherit', env: process.env });
    child.once('exit', (code, signal) => {
      if (!stopping) {
        log(`${name} exited (${signal ?? code}); stopping everything`);
        void stop(1);
      }
    });
    children.push(child);
  };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(
      children.map((c) => new Promise<void>((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once('exit', () => resolve());
        c.kill('SIGTERM');
      })),
    );
    await temporal.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  run('worker', 'worker/main.js');
  run('api', 'api/main.js');

  const base = `http://${config.HOST}:${config.PORT}`;
  try {
    await waitUntilReady(base);
    await runDemoWork(base, config, prepared, log);
  } catch (err) {
    log(`failed to start: ${err instanceof Error ? err.message : String(err)}`);
    await stop(1);
    return;
  }
  printAccess(base, config, prepared.keys, log);
  log('Ctrl-C stops everything');
}

main().catch((err) => {
  console.error(`[zongjian] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
