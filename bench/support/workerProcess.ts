import { fork } from 'node:child_process';
import v8 from 'node:v8';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createWorker } from '../../worker';
import { benchConfig } from './common';

// The platform worker in a process of its own, for the benches that measure its memory (bench/import.ts,
// bench/workerMemory.ts): its RSS is then its own, not the bench's, the API's or the load's. The parent forks this
// file; the child builds the worker as worker/main.ts does (createWorker, the given settings) and answers `mark`
// with its memory since the last mark, and `stop` with its peak over the run.

export interface WorkerReady {
  /** RSS once the worker is built: mostly the workflow bundle. */
  readyRss: number;
  /** V8's heap limit of the process (the SDK sizes its default cache from it). */
  heapLimit: number;
  /** The worker's settings as the SDK compiled them, defaults included. */
  maxCachedWorkflows: number;
  reuseV8Context: boolean;
}

export interface WorkerMark {
  /** The highest RSS sampled (every 50 ms) since the previous mark. */
  peak: number;
  rss: number;
  /** The heap still reachable after a full collection: what the worker holds, as against garbage not yet collected. */
  live: number;
}

export interface WorkerFinal extends WorkerMark {
  /** The process's maxRSS (getrusage), its start-up included. */
  maxRss: number;
}

const liveHeap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

async function child(url: string, temporalAddress: string, settings: Record<string, string>) {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const built = await createWorker(benchConfig(url, temporalAddress, settings));
  const running = built.worker.run();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const mark = (): WorkerMark => {
    const m = { peak: Math.max(peak, process.memoryUsage().rss), rss: process.memoryUsage().rss, live: liveHeap() };
    peak = 0;
    return m;
  };
  process.on('message', (m) => {
    if (m === 'stop') built.worker.shutdown();
    if (m === 'mark') process.send!(mark());
  });
  const o = built.worker.options;
  const ready: WorkerReady = {
    readyRss: process.memoryUsage().rss,
    heapLimit: v8.getHeapStatistics().heap_size_limit,
    maxCachedWorkflows: o.maxCachedWorkflows,
    reuseV8Context: o.reuseV8Context ?? false,
  };
  process.send!({ ready });
  await running;
  clearInterval(sampler);
  const final: WorkerFinal = { ...mark(), maxRss: process.resourceUsage().maxRSS * 1024 };
  await built.close();
  process.send!(final);
  process.disconnect();
}

/**
 * Forks the worker with the bench's database, Temporal and settings (config keys, e.g. TASK_QUEUE,
 * WORKER_MAX_CACHED_WORKFLOWS); `nodeOptions` are the child's extra Node flags (e.g. --max-old-space-size=512).
 */
export async function forkWorker(url: string, temporalAddress: string, settings: Record<string, string>, nodeOptions: string[] = []) {
  const proc = fork(__filename, ['--worker-process', url, temporalAddress, JSON.stringify(settings)], {
    stdio: 'inherit',
    execArgv: [...process.execArgv, '--expose-gc', ...nodeOptions],
  });
  const queue: unknown[] = [];
  const waiting: Array<(m: unknown) => void> = [];
  let exited: number | null = null;
  proc.on('message', (m) => (waiting.length ? waiting.shift()!(m) : queue.push(m)));
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      if (queue.length) return resolve(queue.shift());
      if (exited !== null) return reject(new Error(`the worker exited (${exited})`));
      waiting.push(resolve);
      proc.once('exit', (code) => reject(new Error(`the worker exited (${code})`)));
    });
  proc.once('exit', (code) => (exited = code ?? -1));
  const { ready } = (await next()) as { ready: WorkerReady };
  return {
    ready,
    pid: proc.pid!,
    async mark(): Promise<WorkerMark> {
      proc.send('mark');
      return (await next()) as WorkerMark;
    },
    async stop(): Promise<WorkerFinal> {
      proc.send('stop');
      return (await next()) as WorkerFinal;
    },
  };
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

if (process.argv[2] === '--worker-process') {
  child(process.argv[3], process.argv[4], JSON.parse(process.argv[5]) as Record<string, string>).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
