import type { Transaction } from 'sequelize';
import { DEFAULT_RISK_MODEL, noFacts, scoreRisk, type RiskFacts, type RiskModel, type RiskScore } from '../domain/risk';
import { appendAudit } from './audit';
import { inChunks } from './chunks';
import { reindexEntityName } from './entitySearch';
import type { Db } from './index';
import { startOfShanghaiDay, startOfShanghaiDayAfter } from '../domain/workingDays';

// The facts of the credit-risk model (domain/risk.ts) read for many entities at once, and the scores written.
// Every fact is read as it stood at `asOf` (a Shanghai date): the Schedule scores today, the back-test
// (bench/riskBacktest.ts) a past date, by the same queries.

/** The model in force: the newest version the district office set (schema step 017 stores the default as version 1). */
export async function currentRiskModel(db: Db, transaction?: Transaction): Promise<RiskModel> {
  // Not raw: the JSON columns are read through their getters (db/json.ts).
  const row = (await db.models.risk_models.findOne({ order: [['version', 'DESC']], transaction }))?.get({ plain: true }) as any;
  if (!row) return { version: 0, ...DEFAULT_RISK_MODEL };
  return { version: row.version, weights: { ...DEFAULT_RISK_MODEL.weights, ...row.weights }, countCap: row.countCap, thresholds: row.thresholds, windowMonths: row.windowMonths };
}

/**
 * Stores a new version of the model. The version is the primary key: two administrators saving at once get
 * versions n and n + 1, never one overwriting the other (the loser of a race on n retries as n + 1).
 */
export async function saveRiskModel(db: Db, model: Omit<RiskModel, 'version'>, setBy: string): Promise<RiskModel> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.writeTransaction(async (transaction) => {
        const version = (await currentRiskModel(db, transaction)).version + 1;
        await db.models.risk_models.create({ version, ...model, setBy, setAt: new Date() }, { transaction });
        await appendAudit(db, { actorType: 'user', actor: setBy, action: 'riskModel.set', targetType: 'riskModel', targetId: String(version), detail: { ...model } }, transaction);
        return { version, ...model };
      });
    } catch (err) {
      if ((err as Error).name !== 'SequelizeUniqueConstraintError' || attempt >= 5) throw err;
    }
  }
}

const monthsBefore = (date: string, months: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};
/** The end of a Shanghai date as an instant, for timestamp columns (decidedAt, recordedAt, raisedAt). */

const LISTING_FACTOR: Record<string, keyof RiskFacts> = { seriousViolationList: 'seriousViolation', abnormalOperationList: 'abnormalOperation' };

/** The facts of these entities at `asOf` (YYYY-MM-DD), counted within the model's window. */
export async function riskFacts(db: Db, codes: string[], asOf: string, windowMonths: number): Promise<Map<string, RiskFacts>> {
  const from = monthsBefore(asOf, windowMonths);
  const facts = new Map(codes.map((c) => [c, noFacts()]));
  const add = (code: string, factor: keyof RiskFacts, n: number | string) => {
    const f = facts.get(code);
    if (f) f[factor] += Number(n);
  };
  const counted = async (factor: keyof RiskFacts, sql: (inList: string) => string, values: unknown[]) => {
    const rows = await inChunks(codes, (chunk) => db.select<{ creditCode: string; n: number }>(sql(chunk.map(() => '?').join(', ')), [...chunk, ...values]));
    for (const r of rows) add(r.creditCode, factor, r.n);
  };
  // Listings in force at asOf (listed by then, not yet ended).
  const listings = await inChunks(codes, (chunk) =>
    db.select<{ creditCode: string; listType: string; n: number }>(
      `SELECT creditCode, listType, COUNT(*) AS n FROM credit_listings WHERE creditCode IN (${chunk.map(() => '?').join(', ')}) AND listedOn <= ? AND (endedOn IS NULL OR endedOn > ?) GROUP BY creditCode, listType`,
      [...chunk, asOf, asOf],
    ),
  );
  for (const l of listings) add(l.creditCode, LISTING_FACTOR[l.listType] ?? 'otherListings', l.n);
  const inRecords = (kind: string) => (list: string) => `SELECT creditCode, COUNT(*) AS n FROM records WHERE creditCode IN (${list}) AND kind = '${kind}' AND occurredOn > ? AND occurredOn <= ? GROUP BY creditCode`;
  await counted('penalties', inRecords('penalty'), [from, asOf]);
  await counted('complaints', inRecords('complaint'), [from, asOf]);
  await counted('penalties', (list) => `SELECT creditCode, COUNT(*) AS n FROM enforcement_cases WHERE creditCode IN (${list}) AND outcome = 'penalty' AND decidedAt >= ? AND decidedAt < ? GROUP BY creditCode`, [startOfShanghaiDayAfter(from), startOfShanghaiDayAfter(asOf)]);
  await counted('failedInspections', (list) => `SELECT creditCode, COUNT(*) AS n FROM inspections WHERE creditCode IN (${list}) AND outcome IN ('problem_found', 'suspected_violation') AND recordedAt >= ? AND recordedAt < ? GROUP BY creditCode`, [startOfShanghaiDayAfter(from), startOfShanghaiDayAfter(asOf)]);
  await counted('warnings', (list) => `SELECT creditCode, COUNT(*) AS n FROM warnings WHERE creditCode IN (${list}) AND raisedAt >= ? AND raisedAt < ? GROUP BY creditCode`, [startOfShanghaiDayAfter(from), startOfShanghaiDayAfter(asOf)]);
  await counted('lapsedLicenses', (list) => `SELECT creditCode, COUNT(*) AS n FROM licenses WHERE creditCode IN (${list}) AND validTo > ? AND validTo < ? GROUP BY creditCode`, [from, asOf]);
  await counted('newEntity', (list) => `SELECT creditCode, 1 AS n FROM entities WHERE creditCode IN (${list}) AND establishedOn > ? AND establishedOn <= ?`, [monthsBefore(asOf, 12), asOf]);
  return facts;
}

/** Scores one page of the register (credit codes after `after`) at `asOf` and writes class and explanation. */
export async function scoreRiskPage(db: Db, model: RiskModel, asOf: string, after: string, pageSize: number): Promise<{ scored: number; changed: number; last: string | null }> {
  const page = await db.select<{ creditCode: string; name: string; riskClass: string }>('SELECT creditCode, name, riskClass FROM entities WHERE creditCode > ? ORDER BY creditCode LIMIT ?', [after, pageSize]);
  if (!page.length) return { scored: 0, changed: 0, last: null };
  return { ...(await scoreEntities(db, model, asOf, page)), last: page[page.length - 1].creditCode };
}

/** Scores these entities (as stored: code, name, class) at `asOf` and writes class and explanation. */
async function scoreEntities(db: Db, model: RiskModel, asOf: string, page: Array<{ creditCode: string; name: string; riskClass: string }>): Promise<{ scored: number; changed: number }> {
  const facts = await riskFacts(db, page.map((e) => e.creditCode), asOf, model.windowMonths);
  const scores = page.map((e) => ({ entity: e, risk: scoreRisk(model, facts.get(e.creditCode)!) }));
  const changed = scores.filter((s) => s.risk.riskClass !== s.entity.riskClass);
  await db.writeTransaction(async (transaction) => {
    // Re-running a page writes the same rows: the explanation is keyed by the entity.
    await db.models.entity_risk.bulkCreate(
      scores.map((s) => ({ creditCode: s.entity.creditCode, score: s.risk.score, riskClass: s.risk.riskClass, factors: s.risk.factors, modelVersion: model.version, asOf, computedAt: new Date() })),
      { transaction, updateOnDuplicate: ['score', 'riskClass', 'factors', 'modelVersion', 'asOf', 'computedAt'] },
    );
    for (const cls of ['A', 'B', 'C', 'D']) {
      const codes = changed.filter((s) => s.risk.riskClass === cls).map((s) => s.entity.creditCode);
      if (codes.length) await db.models.entities.update({ riskClass: cls }, { where: { creditCode: codes }, transaction });
    }
    // The search's name grams carry the class as a filter column (db/entitySearch.ts).
    for (const s of changed) await reindexEntityName(db, s.entity.creditCode, s.entity.name, s.entity.name, transaction);
  });
  return { scored: page.length, changed: changed.length };
}

/**
 * Scores again, today, the entities named by the shared events after `afterEvent` and the collected records after
 * `afterRecord` (the facts the model reads arrive as one or the other: listings, cases, published checks, warnings
 * and revocations are shared; penalties and complaints are collected), at most `limit` of each; answers the cursors
 * to continue from. An event or record read twice scores its entity twice, to the same result.
 */
export async function rescoreChanged(db: Db, asOf: string, afterEvent: number, afterRecord: number, limit: number): Promise<{ afterEvent: number; afterRecord: number; rescored: number }> {
  const events = await db.select<{ id: number; creditCode: string | null }>('SELECT id, creditCode FROM shared_events WHERE id > ? ORDER BY id LIMIT ?', [afterEvent, limit]);
  const records = await db.select<{ id: number; creditCode: string | null }>('SELECT id, creditCode FROM records WHERE id > ? ORDER BY id LIMIT ?', [afterRecord, limit]);
  const codes = [...new Set([...events, ...records].map((r) => r.creditCode).filter((c): c is string => !!c))];
  const next = { afterEvent: events.length ? Number(events[events.length - 1].id) : afterEvent, afterRecord: records.length ? Number(records[records.length - 1].id) : afterRecord };
  if (!codes.length) return { ...next, rescored: 0 };
  const model = await currentRiskModel(db);
  const entities = await inChunks(codes, (chunk) => db.select<{ creditCode: string; name: string; riskClass: string }>(`SELECT creditCode, name, riskClass FROM entities WHERE creditCode IN (${chunk.map(() => '?').join(', ')})`, chunk));
  const { scored } = entities.length ? await scoreEntities(db, model, asOf, entities) : { scored: 0 };
  return { ...next, rescored: scored };
}

/** Where event-driven rescoring starts: after the newest event and record (the nightly scoring covers the past). */
export async function rescoreCursors(db: Db): Promise<{ afterEvent: number; afterRecord: number }> {
  const [e] = await db.select<{ n: number | null }>('SELECT MAX(id) AS n FROM shared_events');
  const [r] = await db.select<{ n: number | null }>('SELECT MAX(id) AS n FROM records');
  return { afterEvent: Number(e?.n ?? 0), afterRecord: Number(r?.n ?? 0) };
}

export interface ScoringProgress {
  after: string;
  scored: number;
  changed: number;
}

/**
 * Scores the whole register at `asOf` with the model in force, page by page from `from` (a resumed run), telling
 * `onPage` after each page (the activity heartbeats it; the demo loader prints it).
 */
export async function scoreRegister(db: Db, asOf: string, from?: ScoringProgress, onPage?: (p: ScoringProgress) => void, pageSize = 1_000): Promise<ScoringProgress & { modelVersion: number }> {
  const model = await currentRiskModel(db);
  const progress = { ...(from ?? { after: '', scored: 0, changed: 0 }) };
  for (;;) {
    const page = await scoreRiskPage(db, model, asOf, progress.after, pageSize);
    if (page.last === null) return { ...progress, modelVersion: model.version };
    progress.after = page.last;
    progress.scored += page.scored;
    progress.changed += page.changed;
    onPage?.({ ...progress });
  }
}

/** An entity's stored score and its explanation, for the dossier; null before the first scoring. */
export async function storedRisk(db: Db, creditCode: string): Promise<(RiskScore & { modelVersion: number; asOf: string }) | null> {
  const row = (await db.models.entity_risk.findByPk(creditCode))?.get({ plain: true }) as any;
  return row ? { score: row.score, riskClass: row.riskClass, factors: row.factors, modelVersion: row.modelVersion, asOf: row.asOf } : null;
}
