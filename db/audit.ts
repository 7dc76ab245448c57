import crypto from 'node:crypto';
import { Op, type Transaction } from 'sequelize';
import type { Db } from './index';

// The audit trail (监管留痕, DESIGN.md rule 6): append-only and hash-chained, so an edited, inserted or
// deleted row breaks the chain and `cli audit verify` finds it.

export interface AuditEntry {
  actorType: 'user' | 'system' | 'workflow' | 'operator';
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  detail?: Record<string, unknown>;
}

interface ChainedRow extends Required<AuditEntry> {
  id: number;
  at: Date;
  prevHash: string;
}

function hashOf(r: ChainedRow): string {
  const canonical = JSON.stringify([r.id, r.at.toISOString(), r.actorType, r.actor, r.action, r.targetType, r.targetId, JSON.stringify(r.detail), r.prevHash]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry; inside `t` when given (so the entry commits with the change it records). */
export async function appendAudit(db: Db, entry: AuditEntry, t?: Transaction): Promise<void> {
  return appendAudits(db, [entry], t);
}

/** Appends entries in order, chained one to the next, with one lock of the head and one INSERT (a batch of tasks). */
export async function appendAudits(db: Db, entries: AuditEntry[], t?: Transaction): Promise<void> {
  if (entries.length === 0) return;
  const write = async (tx: Transaction) => {
    // Locking the single head row orders concurrent appends on MySQL; SQLite's IMMEDIATE lock does the same.
    const head = await db.models.audit_head.findByPk(1, { transaction: tx, lock: db.dialect === 'mysql' ? tx.LOCK.UPDATE : undefined });
    if (!head) throw new Error('audit_head row missing: run the migrations');
    let last = { id: head.get('lastId') as number, hash: head.get('lastHash') as string };
    const at = new Date(Math.floor(Date.now()));
    const rows = entries.map((entry) => {
      const row: ChainedRow = {
        id: last.id + 1,
        at,
        detail: entry.detail ?? {},
        prevHash: last.hash,
        actorType: entry.actorType,
        actor: entry.actor,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
      };
      const hash = hashOf(row);
      last = { id: row.id, hash };
      return { ...row, detail: JSON.stringify(row.detail), hash };
    });
    await db.models.audit_log.bulkCreate(rows, { transaction: tx });
    await head.update({ lastId: last.id, lastHash: last.hash }, { transaction: tx });
  };
  if (t) return write(t);
  return db.writeTransaction(write);
}

export interface AuditProblem {
  id: number;
  problem: 'missing' | 'hashMismatch' | 'brokenLink' | 'headMismatch' | 'truncated';
  message: string;
}

/**
 * The head as it was at `at`, kept where the database cannot rewrite it (a workflow's history). Deleting the
 * last rows and moving `audit_head` back leaves a consistent chain; only such an anchor shows the loss.
 */
export interface AuditAnchor {
  lastId: number;
  lastHash: string;
  at: string;
}

/** The head now, for a checkpoint. */
export async function readAuditHead(db: Db): Promise<AuditAnchor> {
  const head = (await db.models.audit_head.findByPk(1, { raw: true })) as any;
  if (!head) throw new Error('audit_head row missing: run the migrations');
  return { lastId: head.lastId, lastHash: head.lastHash, at: new Date().toISOString() };
}

/**
 * Walks the whole chain in id order; reports every row that was edited, removed or inserted. Each anchor
 * (checkpoint) given must still be in the chain: its row present, with the hash it had.
 */
export async function verifyAudit(db: Db, options: { anchors?: AuditAnchor[]; batchSize?: number } = {}): Promise<{ checked: number; problems: AuditProblem[] }> {
  const { anchors = [], batchSize = 5000 } = options;
  const anchoredIds = new Set(anchors.map((a) => a.lastId));
  const hashAt = new Map<number, string>();
  const problems: AuditProblem[] = [];
  let expectedId = 1;
  let prevHash = '0'.repeat(64);
  let checked = 0;
  let walked = 0;
  /** Checks the rows after the last one checked, to the end of the log as it is now. */
  const walk = async () => {
    for (;;) {
      const rows = await db.models.audit_log.findAll({ where: { id: { [Op.gt]: walked } }, order: [['id', 'ASC']], limit: batchSize, raw: true });
      if (rows.length === 0) return;
      for (const r of rows as any[]) {
        if (r.id !== expectedId) {
          problems.push({ id: expectedId, problem: 'missing', message: `rows ${expectedId}…${r.id - 1} are missing` });
        }
        const row: ChainedRow = { ...r, at: new Date(r.at), detail: JSON.parse(r.detail) };
        if (r.prevHash !== prevHash) problems.push({ id: r.id, problem: 'brokenLink', message: `row ${r.id} does not follow the row before it` });
        if (hashOf(row) !== r.hash) problems.push({ id: r.id, problem: 'hashMismatch', message: `row ${r.id} was changed after it was written` });
        if (anchoredIds.has(r.id)) hashAt.set(r.id, r.hash);
        prevHash = r.hash;
        expectedId = r.id + 1;
        checked++;
        walked = r.id;
      }
    }
  };
  await walk();
  // An append commits its row and the head together (appendAudit), so a head past the rows walked is a row
  // appended while the walk ran, not a removal: walk on to it (a few times at most under a steady stream of
  // appends), then compare. Rows past the head, or a head whose hash is not the last row's, remain problems.
  let head = (await db.models.audit_head.findByPk(1, { raw: true })) as any;
  for (let more = 0; head && head.lastId > expectedId - 1 && more < 5; more++) {
    await walk();
    head = (await db.models.audit_head.findByPk(1, { raw: true })) as any;
  }
  // Still behind a steady stream of appends (a loaded machine: a CI rehearsal on 2026-12-03): a head that names a row
  // that exists with the head's hash moved on by appends the walk did not reach; those rows are the next
  // verification's. A head past the last row, or naming a row whose hash is not its own, stays a problem.
  if (head && head.lastId > expectedId - 1) {
    const headRow = (await db.models.audit_log.findByPk(head.lastId, { attributes: ['hash'], raw: true })) as { hash: string } | null;
    if (headRow?.hash === head.lastHash) head = null;
  }
  if (head && (head.lastId !== expectedId - 1 || head.lastHash !== prevHash)) {
    problems.push({ id: head.lastId, problem: 'headMismatch', message: `the last ${head.lastId - (expectedId - 1)} row(s) were removed or the head was changed` });
  }
  const lastId = expectedId - 1;
  for (const a of anchors) {
    if (a.lastId === 0) continue;
    if (a.lastId > lastId) {
      problems.push({ id: a.lastId, problem: 'truncated', message: `the checkpoint of ${a.at} saw row ${a.lastId}, the log ends at row ${lastId}: rows were removed from its end` });
    } else if (hashAt.get(a.lastId) !== a.lastHash) {
      problems.push({ id: a.lastId, problem: 'truncated', message: `row ${a.lastId} is not the one the checkpoint of ${a.at} saw: the log was cut back and written again from there` });
    }
  }
  return { checked, problems };
}
