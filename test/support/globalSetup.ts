import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { startDevServer } from '../../deploy/devServer';
import { WORKFLOW_INTERCEPTOR_MODULES } from '../../worker';

// One real Temporal dev server (in memory) and one workflow bundle for the whole run; each suite then
// uses its own task queue and its own database so suites never see each other's work.

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zongjian-test-'));
  const address = `127.0.0.1:${await freePort()}`;
  const server = await startDevServer({ address, namespace: 'default', logFile: path.join(dir, 'temporal.log') });
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES, logger: { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} } as any });
  fs.writeFileSync(path.join(dir, 'workflows.js'), bundle.code);
  process.env.TEST_TEMPORAL_ADDRESS = address;
  process.env.TEST_WORKFLOW_BUNDLE = path.join(dir, 'workflows.js');
  process.env.TEST_DIR = dir;
  (globalThis as any).__temporal = server;
}
