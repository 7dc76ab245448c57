import type { Client } from '@temporalio/client';
import { Op } from 'sequelize';
import type { Db, Row } from '../../db';
import type { RegistrationEvent } from '../../domain/registration';
import { startDualNotification } from './registrationStart';

// The API stores a registration event, then starts its workflow. When Temporal is away between the two, the
// sender gets a 503 and the row stays without its process until the sender tries again, which it may never
// do. The reconciler closes that gap: it starts the workflow of every event still `accepted` after a while.
// Starting is idempotent (the workflow id is the event's business key), so a run that exists is left alone.

export interface ReconcileOptions {
  /** Only events accepted longer ago than this: a younger one's start may still be on its way. */
  olderThanMs: number;
  /** Rows read per query. */
  batch?: number;
}

export interface ReconcileResult {
  checked: number;
  /** Event ids whose workflow this pass started. */
  started: string[];
}

/** One pass over the accepted events older than `olderThanMs`, oldest first. */
export async function reconcileRegistrations(db: Db, client: Client, taskQueue: string, { olderThanMs, batch = 100 }: ReconcileOptions): Promise<ReconcileResult> {
  const before = new Date(Date.now() - olderThanMs);
  const result: ReconcileResult = { checked: 0, started: [] };
  let after: { receivedAt: Date; eventId: string } | null = null;
  for (;;) {
    const rows: Row[] = await db.models.registration_events.findAll({
      where: {
        status: 'accepted',
        receivedAt: { [Op.lt]: before },
        ...(after ? { [Op.or]: [{ receivedAt: { [Op.gt]: after.receivedAt } }, { receivedAt: after.receivedAt, eventId: { [Op.gt]: after.eventId } }] } : {}),
      },
      order: [['receivedAt', 'ASC'], ['eventId', 'ASC']],
      limit: batch,
    });
    for (const row of rows) {
      result.checked++;
      // Rows stored before schema version 4 kept no body; their workflows started with them.
      const event = row.get('event') as RegistrationEvent | null;
      if (event && (await startDualNotification(client, taskQueue, event))) result.started.push(event.eventId);
    }
    if (rows.length < batch) return result;
    const last: Row = rows[rows.length - 1];
    after = { receivedAt: last.get('receivedAt'), eventId: last.get('eventId') };
  }
}

/**
 * Runs a pass every `everyMs` until stopped. A pass that fails (Temporal or the database still away) is
 * reported and the next one tries again.
 */
export function startReconciler(db: Db, client: Client, taskQueue: string, options: ReconcileOptions & { everyMs: number; log: (msg: string, detail: object) => void }): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = async () => {
    try {
      const r = await reconcileRegistrations(db, client, taskQueue, options);
      if (r.started.length) options.log('started the workflows of accepted registration events', { started: r.started });
    } catch (err) {
      options.log('reconcile pass failed; the next one tries again', { err: String(err) });
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().then(schedule);
    }, options.everyMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
