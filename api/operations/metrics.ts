import client from 'prom-client';
import type { ImportPhase } from '../../workflows/recordImport';
import type { Config } from '../../config';
import type { Db } from '../../db';
import * as workflows from '../../workflows';
import { logger } from '../logger';
import type { Temporal } from '../temporal';
import { stuckProcessWatch } from './useCases';

export const STUCK_PROCESSES_METRIC = 'zongjian_stuck_processes';

/**
 * A scrape reads the last list when it is younger than this; an older one is refreshed in the background
 * and the scrape answers with what it has, so scrapes never wait for (nor multiply) Temporal reads.
 */
const METRIC_MAX_AGE_MS = 60_000;

/**
 * `zongjian_stuck_processes{process, state}`: failed runs and runs whose step keeps failing, by workflow
 * type; every type is reported, zero included, so an alert on `> 0` needs no absent() case.
 */
export function registerStuckProcessMetric(registry: client.Registry, deps: { db: Db; temporal: Temporal; config: Config }): void {
  const watch = stuckProcessWatch(deps.db, deps.temporal, deps.config.STUCK_PROCESS_MINUTES);
  // One app per process in production; tests build several, and the last one's platform is the one to report.
  registry.removeSingleMetric(STUCK_PROCESSES_METRIC);
  new client.Gauge({
    name: STUCK_PROCESSES_METRIC,
    help: 'Processes that failed, or whose current step has been failing for longer than STUCK_PROCESS_MINUTES, by workflow type',
    labelNames: ['process', 'state'],
    registers: [registry],
    async collect() {
      let snapshot = watch.last();
      const refresh = watch.current(METRIC_MAX_AGE_MS).catch((err) => {
        logger.warn({ err: String(err) }, 'stuck-process list: refresh failed');
        return null;
      });
      if (!snapshot) snapshot = await refresh;
      if (!snapshot) return;
      this.reset();
      for (const process of Object.keys(workflows)) for (const state of ['failed', 'retrying']) this.set({ process, state }, 0);
      for (const row of snapshot.rows) this.inc({ process: row.process, state: row.state });
    },
  });
}

export const OPEN_TASKS_METRIC = 'zongjian_open_tasks';

/**
 * `zongjian_open_tasks{department, type, escalated}`: the open (open or claimed) tasks per department and task type,
 * read from their counts (db/openTaskCounts.ts, kept in step by every write of a task), so a scrape reads a few
 * hundred rows however many tasks there are. `escalated="true"`: past the due time, since a task escalates when it
 * falls due (workflows/humanTasks.ts), which is what an alert on late work watches. `department=""`: not yet
 * routed to one (a notice awaiting its department).
 */
export function registerOpenTaskMetric(registry: client.Registry, db: Db): void {
  registry.removeSingleMetric(OPEN_TASKS_METRIC);
  new client.Gauge({
    name: OPEN_TASKS_METRIC,
    help: 'Open tasks (open or claimed) by department, task type and whether escalated (past due), from the open-task counts',
    labelNames: ['department', 'type', 'escalated'],
    registers: [registry],
    async collect() {
      const rows = await db.select<{ d: string; t: string; e: number; n: number }>(
        'SELECT departmentCode AS d, type AS t, escalated AS e, SUM(n) AS n FROM open_task_counts WHERE n <> 0 GROUP BY departmentCode, type, escalated',
      );
      this.reset();
      for (const r of rows) this.set({ department: String(r.d), type: String(r.t), escalated: Number(r.e) ? 'true' : 'false' }, Number(r.n));
    },
  });
}

export const IMPORTS_IN_FLIGHT_METRIC = 'zongjian_imports_in_flight';
export const SUBSCRIPTION_LAG_METRIC = 'zongjian_subscription_lag_events';
/** The phases of a batch import (归集) before it ends: done, failed and cancelled ones are not in flight. */
const IN_FLIGHT: ImportPhase[] = ['validating', 'needsReview', 'importing'];

/**
 * `zongjian_imports_in_flight{status}`: batch imports not yet ended, by phase (zero included), so an import held in
 * needsReview for days, or many importing at once, shows. `zongjian_subscription_lag_events{subscription, status}`:
 * how many shared events were published after the last one a subscription delivered (an upper bound: events of
 * types it does not take count too), so a paused or failing receiver shows as a growing lag.
 */
export function registerDeliveryMetrics(registry: client.Registry, db: Db): void {
  registry.removeSingleMetric(IMPORTS_IN_FLIGHT_METRIC);
  registry.removeSingleMetric(SUBSCRIPTION_LAG_METRIC);
  new client.Gauge({
    name: IMPORTS_IN_FLIGHT_METRIC,
    help: 'Batch imports not yet ended, by phase (validating, needsReview, importing)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await db.select<{ s: string; n: number }>(`SELECT status AS s, COUNT(*) AS n FROM imports WHERE status IN (${IN_FLIGHT.map(() => '?').join(', ')}) GROUP BY status`, IN_FLIGHT);
      for (const status of IN_FLIGHT) this.set({ status }, Number(rows.find((r) => r.s === status)?.n ?? 0));
    },
  });
  new client.Gauge({
    name: SUBSCRIPTION_LAG_METRIC,
    help: 'Shared events published after the last one each subscription delivered (an upper bound), by subscription and its status',
    labelNames: ['subscription', 'status'],
    registers: [registry],
    async collect() {
      const rows = await db.select<{ id: string; s: string; lag: number }>(
        'SELECT s.id AS id, s.status AS s, COALESCE(h.lastId, 0) - s.cursor AS lag FROM subscriptions s LEFT JOIN shared_event_head h ON h.id = 1',
      );
      this.reset();
      for (const r of rows) this.set({ subscription: String(r.id), status: String(r.s) }, Math.max(0, Number(r.lag)));
    },
  });
}
