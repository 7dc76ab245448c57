import crypto from 'node:crypto';
import type { Db } from './index';
import { recordFirstVersions } from './catalogs';
import { checkItems } from './demo/checkItems';
import { penaltyItems } from './demo/penaltyItems';
import { loadDemoResources } from './demo/resources';
import { punishmentMeasures } from './demo/measures';
import { demoDistrict } from './demo/district';
import { generateEntities, generateLicenses } from './demo/generate';
import type { DemoDistrict, EntitySeed, LicenseSeed } from './demo/types';
import { hashPassword } from './credentials';
import { indexEntityNames } from './entitySearch';
import { scoreRegister } from './risk';
import { shanghaiDate } from '../domain/workingDays';

export const DEMO_PASSWORD = 'Zongjian@2026';
const BATCH = 2000;

/**
 * A demo credit-risk class (国市监信发〔2022〕6号 A–D), stable per entity: 20% A, 50% B, 25% C, 5% D,
 * roughly the spread district bureaus report. Bulk loads for tests and benchmarks keep it; the quick start's
 * demo district is then scored by the credit-risk model (db/risk.ts), as the nightly Schedule scores any register.
 */
export function demoRiskClass(creditCode: string): 'A' | 'B' | 'C' | 'D' {
  const v = crypto.createHash('sha256').update(creditCode).digest().readUInt16BE(0) % 100;
  return v < 20 ? 'A' : v < 70 ? 'B' : v < 95 ? 'C' : 'D';
}

/** Loads the master data (departments, regions, the catalogs of license, check and penalty items, the scope catalog) and the demo users, idempotently. */
export async function loadMasterData(db: Db, district: DemoDistrict = demoDistrict): Promise<void> {
  const m = db.models;
  await m.departments.bulkCreate(district.departments, { ignoreDuplicates: true });
  await m.regions.bulkCreate(district.regions, { ignoreDuplicates: true });
  await m.license_items.bulkCreate(district.licenseItems, { ignoreDuplicates: true });
  await m.scope_catalog.bulkCreate(district.scopeCatalog, { ignoreDuplicates: true });
  await m.check_items.bulkCreate(checkItems, { ignoreDuplicates: true });
  await m.penalty_items.bulkCreate(penaltyItems, { ignoreDuplicates: true });
  // The catalogs are versioned (schema step 018): what was just seeded is each item's version 1.
  await recordFirstVersions(db);
  await m.punishment_measures.bulkCreate(punishmentMeasures.map((x) => ({ ...x, active: true, updatedAt: new Date() })), { ignoreDuplicates: true });
  // One hash for every demo account: Argon2id is deliberately slow, and they share the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await m.users.bulkCreate(
    district.users.map((u) => ({ ...u, passwordHash, active: true, createdAt: new Date() })),
    { ignoreDuplicates: true },
  );
}

/** Streams `count` generated entities and their licenses into the database in batches. */
export async function loadEntities(db: Db, options: { seed: number; count: number; onProgress?: (n: number) => void }): Promise<{ entities: number; licenses: number }> {
  let entities: EntitySeed[] = [];
  let licenses: LicenseSeed[] = [];
  let totals = { entities: 0, licenses: 0 };
  const itemDepartment = new Map(demoDistrict.licenseItems.map((i) => [i.code, i.departmentCode]));
  const flush = async () => {
    if (entities.length === 0) return;
    // The name index commits with the entities it indexes (db/entitySearch.ts).
    await db.writeTransaction(async (transaction) => {
      const rows = entities.map((e) => ({ ...e, riskClass: demoRiskClass(e.creditCode), lastEventAt: null }));
      await db.models.entities.bulkCreate(rows, { ignoreDuplicates: true, transaction });
      await indexEntityNames(db, rows, transaction);
    });
    await db.models.licenses.bulkCreate(
      licenses.map((l) => ({ ...l, departmentCode: itemDepartment.get(l.licenseItemCode) ?? '', source: 'demo', createdAt: new Date() })),
      { ignoreDuplicates: true },
    );
    totals = { entities: totals.entities + entities.length, licenses: totals.licenses + licenses.length };
    options.onProgress?.(totals.entities);
    entities = [];
    licenses = [];
  };
  for (const entity of generateEntities({ seed: options.seed, count: options.count })) {
    entities.push(entity);
    for (const l of generateLicenses(entity, options.seed)) licenses.push(l);
    if (entities.length >= BATCH) await flush();
  }
  await flush();
  return totals;
}

/** The quick start's demo district, loaded once: a marker row makes a second start skip it. */
export async function loadDemoOnce(db: Db, options: { seed: number; count: number }): Promise<'loaded' | 'already loaded'> {
  if (await db.models.meta.findByPk('demo.loaded')) return 'already loaded';
  await loadMasterData(db);
  await loadEntities(db, options);
  await loadDemoResources(db);
  // The classes come from the credit-risk model (F14), not the generator: the register is scored once now, and
  // nightly by the risk Schedule as facts arrive.
  await scoreRegister(db, shanghaiDate(new Date()));
  await db.models.meta.create({ key: 'demo.loaded', value: JSON.stringify({ ...options, at: new Date().toISOString() }) });
  return 'loaded';
}
