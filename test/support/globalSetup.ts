import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { startTestTemporal } from './temporal';
import { WORKFLOW_INTERCEPTOR_MODULES } from '../../worker';

// One real Temporal (the dev server in memory, or a cluster as in production: test/support/temporal.ts) and one
// workflow bundle for the whole run; each suite then uses its own task queue and its own database so suites never
// see each other's work.

export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zongjian-test-'));
  const server = await startTestTemporal({ dir });
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES, logger: { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} } as any });
  fs.writeFileSync(path.join(dir, 'workflows.js'), bundle.code);
  process.env.TEST_TEMPORAL_ADDRESS = server.address;
  process.env.TEST_WORKFLOW_BUNDLE = path.join(dir, 'workflows.js');
  process.env.TEST_DIR = dir;
  (globalThis as any).__temporal = server;
}
