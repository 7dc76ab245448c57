import { performance } from 'node:perf_hooks';
import { registration } from '../../test/support/events';
import { sleep } from './common';

// What the registration benches post and how they wait for it: bench/registrations.ts on the embedded start,
// bench/productionShape.ts on the production shape, so their figures are of the same work.

/** Two licensed items, each with its own competent department: one receipt task for SCJGJ, one for JTW. */
const SCOPE = '许可项目：食品销售；道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：日用百货销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
export const TASKS_PER_REGISTRATION = 2;

/** A new entity's registration event with that scope. */
export const benchRegistration = (name: string) => registration({ businessScope: SCOPE, name });

/** Polls `count` every `everyMs` until it reaches `target`; after `timeoutMs` throws, saying how far it got. */
export async function waitForCount(count: () => Promise<number>, target: number, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while ((await count()) < target) {
    if (performance.now() > deadline) throw new Error(`only ${await count()} of ${target} ${what} after ${timeoutMs / 1000} s`);
    await sleep(everyMs);
  }
}

/**
 * Milliseconds from `from` (performance.now()) until the clerk holding `token` (SCJGJ) lists the entity's receipt
 * task, polling every 20 ms; NaN after 5 minutes. `onPoll` counts the requests it sent beside the load.
 */
export async function receiptVisibleAfter(base: string, token: string, creditCode: string, from: number, onPoll: () => void = () => {}): Promise<number> {
  for (;;) {
    onPoll();
    const res = await fetch(`${base}/api/v1/tasks?entity=${creditCode}&type=receipt`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status === 200 && ((await res.json()) as { data: unknown[] }).data.length > 0) return performance.now() - from;
    if (performance.now() - from > 300_000) return NaN;
    await sleep(20);
  }
}
