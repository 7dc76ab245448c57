import type { Db } from '../index';
import { DataTypes } from 'sequelize';
import { rebuildSqliteTasks } from './sqliteTasks';
import { schemaStep } from './schemaStep';
import { GRAM_COLUMNS_006, indexAllEntityNames, rebuildGramTable } from '../entitySearch';
import { listingDecisionKey } from '../../domain/credit';
import { DEFAULT_WARNING_RULES } from '../../domain/warnings';
import { DEFAULT_POLICIES } from '../../domain/eligibility';
import { DEFAULT_RISK_MODEL } from '../../domain/risk';
import { fillHandlingTime } from '../handlingTime';
import { recountOpenTasks } from '../openTaskCounts';
import { recordFirstVersions } from '../catalogs';
import { markClosedPoolTasks } from '../taskCandidates';

export interface Migration {
  name: string;
  up(db: Db): Promise<void>;
  down(db: Db): Promise<void>;
}

/** In order of application; a released migration is never edited, only followed by a new one. */
export const migrations: Migration[] = [
  schemaStep(1, '001-initial', async (db) => {
    await db.models.audit_head.create({ id: 1, lastId: 0, lastHash: '0'.repeat(64) });
  }),
  schemaStep(2, '002-spot-checks', async (db) => {
    // Plan, draw and case steps are tasks too, and have no single entity as their subject.
    const qi = db.sequelize.getQueryInterface();
    if (db.dialect === 'mysql') {
      await qi.changeColumn('tasks', 'creditCode', { type: DataTypes.STRING(18), allowNull: true });
      await qi.changeColumn('tasks', 'entityName', { type: DataTypes.STRING(200), allowNull: true });
    } else {
      // SQLite cannot alter a column; Sequelize's changeColumn rebuilds the table and loses its indexes.
      await rebuildSqliteTasks(db, 2);
    }
  }),
  schemaStep(3, '003-credit-and-warnings', async (db) => {
    await db.models.warning_rules.bulkCreate(DEFAULT_WARNING_RULES.map((r) => ({ ...r, updatedAt: new Date() })), { ignoreDuplicates: true });
  }),
  schemaStep(4, '004-hardening', async (db) => {
    // Each active listing holds its decision's key, oldest first (a decision listed twice before keeps one).
    const active = (await db.models.credit_listings.findAll({ where: { status: 'active' }, order: [['createdAt', 'DESC']], raw: true })) as any[];
    const claims = new Map(active.map((l) => [listingDecisionKey(l), l.id]));
    await db.models.credit_listing_decisions.bulkCreate([...claims].map(([decisionKey, listingId]) => ({ decisionKey, listingId, claimedAt: new Date() })), { ignoreDuplicates: true });
  }),
  schemaStep(5, '005-evidence'),
  schemaStep(6, '006-entity-search', async (db) => {
    await indexAllEntityNames(db, undefined, GRAM_COLUMNS_006);
  }),
  schemaStep(7, '007-records'),
  schemaStep(8, '008-imports'),
  schemaStep(9, '009-shared-events', async (db) => {
    await db.models.shared_event_head.create({ id: 1, lastId: 0 });
  }),
  schemaStep(10, '010-eligibility', async (db) => {
    await db.models.eligibility_policies.bulkCreate(DEFAULT_POLICIES.map((p) => ({ ...p, updatedAt: new Date() })), { ignoreDuplicates: true });
  }),
  schemaStep(11, '011-search-index', async (db) => {
    // The gram rows get their entity's filter columns (SQLite: the table rebuilt WITHOUT ROWID).
    await rebuildGramTable(db);
  }),
  schemaStep(12, '012-evidence-once', undefined, async (db) => {
    // Before the unique key: of a file uploaded twice to one inspection, the first upload stays.
    const rows = (await db.models.evidence.findAll({ attributes: ['id', 'inspectionId', 'sha256'], order: [['id', 'ASC']], raw: true })) as any[];
    const seen = new Set<string>();
    const later = rows.filter((e) => seen.has(`${e.inspectionId}:${e.sha256}`) || !seen.add(`${e.inspectionId}:${e.sha256}`)).map((e) => e.id);
    if (later.length > 0) await db.models.evidence.destroy({ where: { id: later } });
  }),
  schemaStep(15, '015-audit-log-search'),
  schemaStep(16, '016-statistics'),
  schemaStep(17, '017-risk-model', async (db) => {
    // Version 1 is the default model (domain/risk.ts), until the district office sets its own.
    await db.models.risk_models.bulkCreate([{ version: 1, ...DEFAULT_RISK_MODEL, setBy: 'system', setAt: new Date() }], { ignoreDuplicates: true });
  }),
  schemaStep(18, '018-catalog-versions', async (db) => {
    // Today's license and check items become their version 1, so the codes in use keep working.
    await recordFirstVersions(db);
  }),
  schemaStep(19, '019-supervision-resources', async (db) => {
    // Conflicts declared before version 19 keep recusing their inspector: copied in as confirmed.
    const earlier = (await db.models.inspector_conflicts.findAll({ raw: true })) as any[];
    await db.models.conflicts.bulkCreate(
      earlier.map((c) => ({ partyType: 'inspector', partyKey: c.credentialNo, creditCode: c.creditCode, reason: c.reason, status: 'confirmed', declaredBy: 'system', declaredAt: c.declaredAt, decidedBy: 'system', decidedAt: c.declaredAt })),
      { ignoreDuplicates: true },
    );
  }),
  schemaStep(20, '020-statistics-cases-credit-warnings'),
  schemaStep(21, '021-handling-time', async (db) => {
    await fillHandlingTime(db);
  }),
  schemaStep(22, '022-entity-tallies'),
  schemaStep(23, '023-task-tallies'),
  schemaStep(24, '024-open-task-counts', async (db) => {
    await recountOpenTasks(db);
  }),
  schemaStep(25, '025-shared-rate-limits'),
  schemaStep(26, '026-inbox-at-scale', async (db) => {
    // The column arrives true on every row; the pool rows of tasks closed before now are marked so.
    await markClosedPoolTasks(db);
  }),
];
