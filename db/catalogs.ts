import { Op, UniqueConstraintError, type Transaction, type WhereOptions } from 'sequelize';
import { CATALOGS, CATALOG_TABLES, detailFields, itemStatus, type Catalog, type ItemInput, type ItemStatus } from '../domain/catalogs';
import { shanghaiDate } from '../domain/workingDays';
import { appendAudit } from './audit';
import type { Db } from './index';

// The managed catalogs (domain/catalogs.ts) as stored: each item's row in its catalog's table is the version in
// force, which every other query reads; `catalog_versions` keeps every version. A change writes the next version
// under the unique key (catalog, code, version), so of two changes made from one version one wins; each write
// is audited in the same transaction.

export interface CatalogVersion {
  id: number;
  catalog: Catalog;
  code: string;
  version: number;
  name: string;
  departmentCode: string;
  legalBasis: string;
  details: Record<string, unknown>;
  effectiveFrom: string;
  effectiveTo: string | null;
  reason: string | null;
  createdBy: string;
  createdAt: Date;
  supersededAt: Date | null;
}

export interface CatalogItem {
  code: string;
  name: string;
  departmentCode: string;
  legalBasis: string;
  version: number;
  versionId: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: ItemStatus;
  [detail: string]: unknown;
}

/** Why a write was refused; `code` is the problem code the API answers with. */
export class CatalogRefusal extends Error {
  constructor(
    readonly code: 'catalog-item-exists' | 'catalog-item-changed' | 'catalog-item-retired' | 'catalog-item-not-found',
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export interface Actor {
  username: string;
}

export const catalogModel = (db: Db, catalog: Catalog) => db.models[CATALOG_TABLES[catalog]];

const detailsOf = (catalog: Catalog, row: Record<string, unknown>) => Object.fromEntries(detailFields(catalog).map((f) => [f, row[f] ?? null]));

/** An item row as the API shows it, with its status on `today`. */
export const itemView = (row: any, today = shanghaiDate(new Date())): CatalogItem => ({ ...row, status: itemStatus(row.effectiveTo, today) });

/** Where an item has this status on `today` (a retirement dated ahead is still current until then). */
export const statusWhere = (status: ItemStatus, today: string): WhereOptions =>
  status === 'retired' ? { effectiveTo: { [Op.lte]: today } } : { [Op.or]: [{ effectiveTo: null }, { effectiveTo: { [Op.gt]: today } }] };

export async function findItem(db: Db, catalog: Catalog, code: string, transaction?: Transaction): Promise<CatalogItem | null> {
  const row = (await catalogModel(db, catalog).findByPk(code, { raw: true, transaction })) as any;
  return row ? itemView(row) : null;
}

export async function itemVersions(db: Db, catalog: Catalog, code: string): Promise<CatalogVersion[]> {
  return (await db.models.catalog_versions.findAll({ where: { catalog, code }, order: [['version', 'DESC']] })).map((r) => r.get({ plain: true }) as CatalogVersion);
}

/** One version by its id: what a process recorded, readable whatever came after it. */
export async function catalogVersion(db: Db, id: number): Promise<CatalogVersion | null> {
  return ((await db.models.catalog_versions.findByPk(id))?.get({ plain: true }) as CatalogVersion | undefined) ?? null;
}

async function writeVersion(db: Db, catalog: Catalog, item: Record<string, any>, by: { username: string; reason: string | null }, t: Transaction): Promise<number> {
  const row = await db.models.catalog_versions.create(
    { catalog, code: item.code, version: item.version, name: item.name, departmentCode: item.departmentCode, legalBasis: item.legalBasis, details: detailsOf(catalog, item), effectiveFrom: item.effectiveFrom, effectiveTo: item.effectiveTo ?? null, reason: by.reason, createdBy: by.username, createdAt: new Date(), supersededAt: null },
    { transaction: t },
  );
  return row.get('id') as number;
}

const fieldsOf = (catalog: Catalog, input: ItemInput, today: string) => ({
  name: input.name,
  departmentCode: input.departmentCode,
  legalBasis: input.legalBasis,
  effectiveFrom: input.effectiveFrom ?? today,
  ...Object.fromEntries(detailFields(catalog).map((f) => [f, (input as Record<string, unknown>)[f] ?? null])),
});

/** Adds an item as version 1; a code (or a license item's name) already taken is refused. */
export async function createItem(db: Db, catalog: Catalog, input: ItemInput, actor: Actor, transaction?: Transaction): Promise<CatalogItem> {
  const today = shanghaiDate(new Date());
  const write = async (t: Transaction) => {
    const item = { code: input.code, ...fieldsOf(catalog, input, today), version: 1, effectiveTo: null };
    try {
      await catalogModel(db, catalog).create({ ...item, versionId: null }, { transaction: t });
    } catch (err) {
      if (err instanceof UniqueConstraintError) throw new CatalogRefusal('catalog-item-exists', `${catalog} ${input.code} (or one named ${input.name}) exists`, { code: input.code, name: input.name });
      throw err;
    }
    const versionId = await writeVersion(db, catalog, item, { username: actor.username, reason: null }, t);
    await catalogModel(db, catalog).update({ versionId }, { where: { code: input.code }, transaction: t });
    await appendAudit(db, { actorType: 'user', actor: actor.username, action: 'catalogItem.created', targetType: catalog, targetId: input.code, detail: { ...item, versionId } }, t);
    return itemView({ ...item, versionId }, today);
  };
  return transaction ? write(transaction) : db.writeTransaction(write);
}

/** The row in force, locked for the change on MySQL (SQLite's write transaction holds the database already). */
async function lockedItem(db: Db, catalog: Catalog, code: string, t: Transaction): Promise<any> {
  const row = (await catalogModel(db, catalog).findByPk(code, { raw: true, transaction: t, lock: db.dialect === 'mysql' ? t.LOCK.UPDATE : undefined })) as any;
  if (!row) throw new CatalogRefusal('catalog-item-not-found', `${catalog} ${code} does not exist`, { code });
  return row;
}

/**
 * Makes the next version of an item from `input.version`: refused when a newer version exists (someone changed
 * it meanwhile) or the item is retired. Processes already running keep the version they recorded.
 */
export async function changeItem(db: Db, catalog: Catalog, code: string, input: Omit<ItemInput, 'code'> & { version: number; reason?: string }, actor: Actor, transaction?: Transaction): Promise<CatalogItem> {
  const today = shanghaiDate(new Date());
  const write = async (t: Transaction) => {
    const row = await lockedItem(db, catalog, code, t);
    if (itemStatus(row.effectiveTo, today) === 'retired') throw new CatalogRefusal('catalog-item-retired', `${catalog} ${code} is retired`, { code, effectiveTo: row.effectiveTo });
    if (row.version !== input.version) throw new CatalogRefusal('catalog-item-changed', `${catalog} ${code} is at version ${row.version}, not ${input.version}: read it again`, { code, version: row.version });
    const item = { code, ...fieldsOf(catalog, { ...input, code }, today), version: row.version + 1, effectiveTo: null };
    let versionId: number;
    try {
      versionId = await writeVersion(db, catalog, item, { username: actor.username, reason: input.reason ?? null }, t);
    } catch (err) {
      // The unique key (catalog, code, version): another change from the same version won.
      if (err instanceof UniqueConstraintError) throw new CatalogRefusal('catalog-item-changed', `${catalog} ${code} was changed meanwhile`, { code, version: row.version + 1 });
      throw err;
    }
    await db.models.catalog_versions.update({ supersededAt: new Date() }, { where: { id: row.versionId }, transaction: t });
    const [updated] = await catalogModel(db, catalog).update({ ...item, versionId }, { where: { code, version: row.version }, transaction: t });
    if (updated !== 1) throw new CatalogRefusal('catalog-item-changed', `${catalog} ${code} was changed meanwhile`, { code });
    await appendAudit(db, { actorType: 'user', actor: actor.username, action: 'catalogItem.changed', targetType: catalog, targetId: code, detail: { ...item, fromVersion: row.version, versionId, reason: input.reason ?? null } }, t);
    return itemView({ ...row, ...item, versionId }, today);
  };
  return transaction ? write(transaction) : db.writeTransaction(write);
}

/** Retires an item from `effectiveTo` (its version in force gets the end date too); a retired item is refused. */
export async function retireItem(db: Db, catalog: Catalog, code: string, input: { effectiveTo?: string; reason: string }, actor: Actor): Promise<CatalogItem> {
  const today = shanghaiDate(new Date());
  return db.writeTransaction(async (t) => {
    const row = await lockedItem(db, catalog, code, t);
    if (itemStatus(row.effectiveTo, today) === 'retired') throw new CatalogRefusal('catalog-item-retired', `${catalog} ${code} is retired`, { code, effectiveTo: row.effectiveTo });
    const effectiveTo = input.effectiveTo ?? today;
    await catalogModel(db, catalog).update({ effectiveTo }, { where: { code }, transaction: t });
    await db.models.catalog_versions.update({ effectiveTo }, { where: { id: row.versionId }, transaction: t });
    await appendAudit(db, { actorType: 'user', actor: actor.username, action: 'catalogItem.retired', targetType: catalog, targetId: code, detail: { version: row.version, versionId: row.versionId, effectiveTo, reason: input.reason } }, t);
    return itemView({ ...row, effectiveTo }, today);
  });
}

/**
 * Every item without a version row gets its version 1 (schema step 018 for the rows it found; the master data
 * loader for items seeded after it). Idempotent: an item with a version is left alone.
 */
export async function recordFirstVersions(db: Db): Promise<void> {
  const today = shanghaiDate(new Date());
  for (const catalog of CATALOGS) {
    const rows = (await catalogModel(db, catalog).findAll({ where: { versionId: null }, raw: true })) as any[];
    for (const row of rows) {
      await db.writeTransaction(async (t) => {
        const item = { ...row, version: 1, effectiveFrom: row.effectiveFrom ?? today };
        await db.models.catalog_versions.findOrCreate({
          where: { catalog, code: row.code, version: 1 },
          defaults: { catalog, code: row.code, version: 1, name: row.name, departmentCode: row.departmentCode, legalBasis: row.legalBasis, details: detailsOf(catalog, row), effectiveFrom: item.effectiveFrom, effectiveTo: row.effectiveTo ?? null, reason: null, createdBy: 'system', createdAt: new Date(), supersededAt: null },
          transaction: t,
        });
        const first = (await db.models.catalog_versions.findOne({ where: { catalog, code: row.code, version: 1 }, raw: true, transaction: t })) as any;
        await catalogModel(db, catalog).update({ version: 1, versionId: first.id, effectiveFrom: item.effectiveFrom }, { where: { code: row.code, versionId: null }, transaction: t });
      });
    }
  }
}
