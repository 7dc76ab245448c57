import crypto from 'node:crypto';
import { Context } from '@temporalio/activity';
import { Op, type Transaction } from 'sequelize';
import type { Db } from '../db';
import { appendAudit } from '../db/audit';
import { departmentsByCode } from '../db/departments';
import { recordSharedEvents } from '../db/sharedEvents';
import { shanghaiDate } from '../domain/workingDays';
import { OPEN_TASK_STATUSES } from '../domain/tasks';
import { WARNING_RULE_NAMES, WATCHED_OVERDUE_TASK_TYPES, type WarningLevel, type WarningRuleCode, type WarningRuleConfig } from '../domain/warnings';

// The automatic warning rules (监管预警, F7) over the collected data. A scan inserts each new warning once
// (its id derives from the fact it is about, so a rerun or a concurrent scan adds nothing), then its
// workflow starts the handling task. A handled warning is not raised again for the same fact.

export interface WarningCandidate {
  ruleCode: WarningRuleCode;
  creditCode: string;
  entityName: string;
  /** What the warning is about, for people: the license, the listing, the case, the task. */
  subject: string;
  /** Identifies the fact: a renewed license (new validTo) is a new fact. */
  factKey: string;
  reason: string;
  departmentCode: string;
}

export interface WarningToStart {
  id: string;
  level: WarningLevel;
  creditCode: string;
  entityName: string;
  subject: string;
  reason: string;
  departmentCode: string;
}

const toStart = (r: any): WarningToStart => ({ id: r.id, level: r.level, creditCode: r.creditCode, entityName: r.entityName, subject: r.subject, reason: r.reason, departmentCode: r.departmentCode });

const PAGE = 5000;
/** Rows per INSERT of new warnings (about 0.4 MB of SQL each). */
const INSERT_CHUNK = 1000;
const DAY_MS = 86_400_000;

// Random, not derived from the fact: databases sharing one Temporal namespace (a test run, a staging copy)
// must not start each other's `warning:<id>` workflows. The unique dedupeKey keeps one row per fact.
const newWarningId = () => `W${crypto.randomBytes(12).toString('hex')}`;

export function createWarningActivities(db: Db) {
  /** Department code by code or exact name (a listing's authority). */
  async function departmentIndex(): Promise<Map<string, string>> {
    const all = [...(await departmentsByCode(db)).values()];
    return new Map(all.flatMap((d) => [[d.code, d.code], [d.name, d.code]]));
  }

  /** Each rule yields its candidates page by page, so a scan over a million licenses holds one page. */
  const rules: Record<WarningRuleCode, (rule: WarningRuleConfig, creditCode: string | undefined, today: string) => AsyncGenerator<WarningCandidate[]>> = {
    async *licenseExpiring(rule, creditCode, today) {
      const items = (await db.models.license_items.findAll({ raw: true })) as any[];
      const threshold = new Map<string, number>(items.map((i) => [i.code, i.expiryWarningDays ?? rule.thresholdDays ?? 30]));
      const names = new Map<string, string>(items.map((i) => [i.code, i.name]));
      const maxDays = Math.max(rule.thresholdDays ?? 30, ...threshold.values());
      const until = new Date(Date.parse(today) + maxDays * DAY_MS).toISOString().slice(0, 10);
      for (let after = 0; ; ) {
        const rows = await db.select<any>(
          `SELECT l.id, l.creditCode, l.licenseItemCode, l.licenseNo, l.validTo, l.departmentCode, e.name FROM licenses l JOIN entities e ON e.creditCode = l.creditCode
           WHERE l.validTo >= ? AND l.validTo <= ? AND l.id > ? AND e.status = 'active' ${creditCode ? 'AND l.creditCode = ?' : ''} ORDER BY l.id LIMIT ${PAGE}`,
          [today, until, after, ...(creditCode ? [creditCode] : [])],
        );
        if (rows.length === 0) return;
        after = rows[rows.length - 1].id;
        yield rows
          .filter((r) => (Date.parse(String(r.validTo)) - Date.parse(today)) / DAY_MS <= threshold.get(r.licenseItemCode)!)
          .map((r) => ({
            ruleCode: 'licenseExpiring',
            creditCode: r.creditCode,
            entityName: r.name,
            subject: `${names.get(r.licenseItemCode) ?? r.licenseItemCode} ${r.licenseNo}`,
            factKey: `${r.licenseNo}:${String(r.validTo).slice(0, 10)}`,
            reason: `${names.get(r.licenseItemCode) ?? r.licenseItemCode}（${r.licenseNo}）将于 ${String(r.validTo).slice(0, 10)} 到期，请提醒办理延续（行政许可法第五十条：届满三十日前申请）`,
            departmentCode: rule.departmentCode ?? r.departmentCode,
          }));
        if (rows.length < PAGE) return;
      }
    },

    async *deregisteredWithLicenses(rule, creditCode, today) {
      for (let after = 0; ; ) {
        const rows = await db.select<any>(
          // `d` finds the deregistered entities from the status index alone; `e` reads the name only for those
          // holding a license (joined once, MySQL read every deregistered entity's row: 2.7 s vs 0.35 s on 1M).
          `SELECT l.id, l.creditCode, l.licenseItemCode, l.licenseNo, l.departmentCode, e.name, e.status, i.name AS itemName
           FROM entities d JOIN licenses l ON l.creditCode = d.creditCode JOIN entities e ON e.creditCode = l.creditCode
           LEFT JOIN license_items i ON i.code = l.licenseItemCode
           WHERE d.status IN ('deregistered', 'revoked') AND (l.validTo IS NULL OR l.validTo >= ?) AND l.id > ? ${creditCode ? 'AND d.creditCode = ?' : ''} ORDER BY l.id LIMIT ${PAGE}`,
          [today, after, ...(creditCode ? [creditCode] : [])],
        );
        if (rows.length === 0) return;
        after = rows[rows.length - 1].id;
        yield rows.map((r) => ({
          ruleCode: 'deregisteredWithLicenses',
          creditCode: r.creditCode,
          entityName: r.name,
          subject: `${r.itemName ?? r.licenseItemCode} ${r.licenseNo}`,
          factKey: r.licenseNo,
          reason: `主体已${r.status === 'revoked' ? '吊销' : '注销'}，${r.itemName ?? r.licenseItemCode}（${r.licenseNo}）仍在有效期内，请依法办理注销`,
          departmentCode: rule.departmentCode ?? r.departmentCode,
        }));
        if (rows.length < PAGE) return;
      }
    },

    async *abnormalOperationListed(rule, creditCode, today) {
      const rows = await db.select<any>(
        `SELECT c.id, c.creditCode, c.entityName, c.documentNo, c.authority, c.listedOn, c.reason FROM credit_listings c
         WHERE c.listType = 'abnormalOperationList' AND c.status = 'active' AND (c.expiresOn IS NULL OR c.expiresOn >= ?) ${creditCode ? 'AND c.creditCode = ?' : ''}`,
        [today, ...(creditCode ? [creditCode] : [])],
      );
      const departments = await departmentIndex();
      const out: WarningCandidate[] = [];
      for (const r of rows) {
        const departmentCode = rule.departmentCode ?? departments.get(r.authority);
        if (!departmentCode) continue;
        out.push({ ruleCode: 'abnormalOperationListed', creditCode: r.creditCode, entityName: r.entityName, subject: `经营异常名录 ${r.documentNo}`, factKey: r.id, reason: `${String(r.listedOn).slice(0, 10)} 列入经营异常名录：${r.reason}`, departmentCode });
      }
      yield out;
    },

    // The departments that licensed the entity learn of a filed case (their licensee may need a review).
    async *caseFiled(rule, creditCode, today) {
      const rows = await db.select<any>(
        `SELECT c.caseKey, c.creditCode, c.entityName, c.departmentCode AS caseDepartment, l.departmentCode FROM enforcement_cases c
         JOIN licenses l ON l.creditCode = c.creditCode AND (l.validTo IS NULL OR l.validTo >= ?)
         WHERE c.filedAt IS NOT NULL ${creditCode ? 'AND c.creditCode = ?' : ''}`,
        [today, ...(creditCode ? [creditCode] : [])],
      );
      const seen = new Set<string>();
      const out: WarningCandidate[] = [];
      for (const r of rows) {
        const departmentCode = rule.departmentCode ?? r.departmentCode;
        if (departmentCode === r.caseDepartment || seen.has(`${r.caseKey}:${departmentCode}`)) continue;
        seen.add(`${r.caseKey}:${departmentCode}`);
        out.push({ ruleCode: 'caseFiled', creditCode: r.creditCode, entityName: r.entityName, subject: `案件 ${r.caseKey}`, factKey: `${r.caseKey}:${departmentCode}`, reason: `${r.caseDepartment} 已对该主体立案（${r.caseKey}），请关注其许可事项`, departmentCode });
      }
      yield out;
    },

    async *taskOverdue(rule, creditCode) {
      // Through the model, not raw SQL: a raw replacement loses the milliseconds of `now` on MySQL, and a task
      // due within the last second would be missed.
      const rows = (await db.models.tasks.findAll({
        attributes: ['taskKey', 'title', 'creditCode', 'entityName', 'departmentCode', 'dueAt'],
        where: { status: OPEN_TASK_STATUSES, dueAt: { [Op.lt]: new Date() }, type: [...WATCHED_OVERDUE_TASK_TYPES], creditCode: creditCode ?? { [Op.ne]: null }, departmentCode: { [Op.ne]: null } },
        raw: true,
      })) as any[];
      yield rows.map((r) => ({
        ruleCode: 'taskOverdue',
        creditCode: r.creditCode,
        entityName: r.entityName,
        subject: r.title,
        factKey: r.taskKey,
        reason: `「${r.title}」已于 ${shanghaiDate(new Date(r.dueAt))} 超期未办`,
        departmentCode: rule.departmentCode ?? r.departmentCode,
      }));
    },
  };

  return {
    /**
     * Runs the enabled rules (or the named ones; for one entity when `creditCode` is given) and inserts the
     * warnings not raised before, marked with `scanId` so the caller can start their workflows.
     */
    async raiseWarnings(input: { scanId: string; rules?: WarningRuleCode[]; creditCode?: string }): Promise<{ raised: number; checked: number }> {
      const configs = (await db.models.warning_rules.findAll()).map((r) => r.get({ plain: true })) as WarningRuleConfig[];
      const today = shanghaiDate(new Date());
      let checked = 0;
      for (const rule of configs) {
        if (!rule.enabled || (input.rules && !input.rules.includes(rule.code))) continue;
        for await (const page of rules[rule.code](rule, input.creditCode, today)) {
          checked += page.length;
          await insertNew(page, rule.level, input.scanId);
          Context.current().heartbeat(checked);
        }
      }
      // Counted from the rows, not from this attempt's inserts: an attempt retried after a worker died once its
      // inserts committed inserts nothing new, yet the scan raised them all and must start all their workflows.
      const raised = await db.models.warnings.count({ where: { raisedBy: input.scanId } });
      return { raised, checked };
    },

    /** The ids of the warnings a scan raised, in id order after `after`: the scan hands them to batches. */
    async warningIdsOfScan(input: { scanId: string; after: string; limit: number }): Promise<string[]> {
      const rows = (await db.models.warnings.findAll({ attributes: ['id'], where: { raisedBy: input.scanId, id: { [Op.gt]: input.after } }, order: [['id', 'ASC']], limit: input.limit, raw: true })) as any[];
      return rows.map((r) => r.id);
    },

    /** Before batches (workflows/warnings.ts startOneByOne): the warnings of a scan, to start one workflow each. */
    async warningsOfScan(input: { scanId: string; after: string; limit: number }): Promise<WarningToStart[]> {
      const rows = (await db.models.warnings.findAll({ where: { raisedBy: input.scanId, id: { [Op.gt]: input.after } }, order: [['id', 'ASC']], limit: input.limit, raw: true })) as any[];
      return rows.map(toStart);
    },

    /** A batch takes its warnings: their rows name the workflow that handles them, and it gets what it needs. */
    async takeWarnings(input: { ids: string[]; workflowId: string }): Promise<WarningToStart[]> {
      await db.models.warnings.update({ workflowId: input.workflowId }, { where: { id: input.ids, workflowId: { [Op.ne]: input.workflowId } } });
      const rows = (await db.models.warnings.findAll({ where: { id: input.ids }, order: [['id', 'ASC']], raw: true })) as any[];
      return rows.map(toStart);
    },

    /**
     * Records a manual warning once; a second open one on the same entity and subject is not recorded,
     * and the open one's id comes back instead.
     */
    async recordManualWarning(w: WarningToStart & { raisedBy: string; dedupeKey: string; workflowId: string }): Promise<{ existingId: string | null }> {
      return db.writeTransaction(async (t) => {
        const open = await db.models.warnings.findOne({ where: { dedupeKey: w.dedupeKey }, transaction: t });
        if (open) return { existingId: open.get('id') === w.id ? null : (open.get('id') as string) };
        await db.models.warnings.create({ id: w.id, ruleCode: null, source: 'manual', level: w.level, creditCode: w.creditCode, entityName: w.entityName, subject: w.subject, reason: w.reason, departmentCode: w.departmentCode, status: 'open', dedupeKey: w.dedupeKey, raisedBy: w.raisedBy, raisedAt: new Date(), workflowId: w.workflowId }, { transaction: t });
        await appendAudit(db, { actorType: 'user', actor: w.raisedBy.replace(/^user:/, ''), action: 'warning.raised', targetType: 'entity', targetId: w.creditCode, detail: { warningId: w.id, level: w.level, subject: w.subject } }, t);
        await shareRaised([{ id: w.id, ruleCode: null, source: 'manual', level: w.level, creditCode: w.creditCode, entityName: w.entityName, subject: w.subject, reason: w.reason, departmentCode: w.departmentCode, raisedAt: new Date() }], t);
        return { existingId: null };
      });
    },

    /** Records how a warning was handled and closes it; a manual warning's key is freed for a new one. */
    async closeWarning(input: { id: string; outcome: string; handling: string; actor: string }): Promise<void> {
      await db.writeTransaction(async (t) => {
        const row = await db.models.warnings.findByPk(input.id, { transaction: t, lock: t.LOCK.UPDATE });
        if (!row || row.get('status') === 'closed') return;
        await row.update({ status: 'closed', closedAt: new Date(), outcome: input.outcome, handling: input.handling, ...(row.get('source') === 'manual' ? { dedupeKey: null } : {}) }, { transaction: t });
        await appendAudit(db, { actorType: 'user', actor: input.actor, action: 'warning.closed', targetType: 'entity', targetId: row.get('creditCode'), detail: { warningId: input.id, outcome: input.outcome } }, t);
      });
    },
  };

  /** warning.raised for each warning, in the transaction that records it (key: the warning's id). */
  async function shareRaised(raised: Array<{ id: string; ruleCode: WarningRuleCode | null; source: string; level: WarningLevel; creditCode: string; entityName: string; subject: string; reason: string; departmentCode: string; raisedAt: Date }>, t: Transaction): Promise<void> {
    if (raised.length === 0) return;
    const names = new Map(((await db.models.departments.findAll({ attributes: ['code', 'name'], where: { code: [...new Set(raised.map((w) => w.departmentCode))] }, raw: true, transaction: t })) as any[]).map((d) => [d.code, d.name]));
    await recordSharedEvents(
      db,
      raised.map((w) => ({
        type: 'warning.raised' as const,
        key: w.id,
        occurredAt: w.raisedAt,
        creditCode: w.creditCode,
        data: { warningId: w.id, entityName: w.entityName, level: w.level, source: w.source, rule: w.ruleCode ? WARNING_RULE_NAMES[w.ruleCode] : null, subject: w.subject, reason: w.reason, department: names.get(w.departmentCode) ?? w.departmentCode },
      })),
      t,
    );
  }

  async function insertNew(page: WarningCandidate[], level: WarningLevel, scanId: string): Promise<number> {
    if (page.length === 0) return 0;
    const withKeys = page.map((c) => ({ c, dedupeKey: `${c.ruleCode}:${c.creditCode}:${c.factKey}` }));
    const existing = new Set<string>();
    for (let i = 0; i < withKeys.length; i += 1000) {
      const keys = withKeys.slice(i, i + 1000).map((w) => w.dedupeKey);
      for (const r of (await db.models.warnings.findAll({ attributes: ['dedupeKey'], where: { dedupeKey: keys }, raw: true })) as any[]) existing.add(r.dedupeKey);
    }
    const fresh = withKeys.filter((w) => !existing.has(w.dedupeKey));
    if (fresh.length === 0) return 0;
    const now = new Date();
    // The scan answers for a warning until its batch takes it (takeWarnings: the batch's workflow id).
    const rows = fresh.map(({ c, dedupeKey }) => {
      const id = newWarningId();
      return { id, ruleCode: c.ruleCode, source: 'auto', level, creditCode: c.creditCode, entityName: c.entityName, subject: c.subject.slice(0, 200), reason: c.reason, departmentCode: c.departmentCode, status: 'open', dedupeKey, raisedBy: scanId, raisedAt: now, workflowId: scanId };
    });
    await db.writeTransaction(async (t) => {
      // A rule that yields all its candidates at once (an abnormal-operation list of 50,000) would otherwise
      // send one INSERT larger than MySQL's max_allowed_packet (16 MiB by default) and fail on every retry.
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.models.warnings.bulkCreate(rows.slice(i, i + INSERT_CHUNK), { ignoreDuplicates: true, transaction: t });
      await appendAudit(db, { actorType: 'workflow', actor: scanId, action: 'warnings.raised', targetType: 'warningScan', targetId: scanId, detail: { rule: rows[0].ruleCode, count: rows.length, rule_name: WARNING_RULE_NAMES[rows[0].ruleCode] } }, t);
      // Only the rows this insert kept: a concurrent scan may have raised some of them first.
      const kept = new Set(((await db.models.warnings.findAll({ attributes: ['id'], where: { id: rows.map((r) => r.id) }, raw: true, transaction: t })) as any[]).map((r) => r.id));
      await shareRaised(rows.filter((r) => kept.has(r.id)), t);
    });
    return rows.length;
  }
}
