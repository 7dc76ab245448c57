import { performance } from 'node:perf_hooks';
import type { Db } from '../../db';
import { listingIdOf } from '../../api/credit/listings';
import { generateEntity } from '../../db/demo/generate';
import { mulberry32 } from '../../db/demo/random';
import { defaultExpiresOn, type ListType } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import { DEMO_SEED } from './million';

// Active credit listings (credit_listings, schema version 3) over the demo entities, for bench/screening.ts
// and bench/warnings.ts: raw multi-row INSERTs of 5,000, `source = 'bench'`, so a refill deletes exactly
// them. Entities are drawn uniformly from the generated demo district (the generator is a pure function
// of seed and index, so no entity table scan is needed); 75% of the listed entities are on one list,
// 18% on two, 5% on three, 2% on all four. Every listing is active and not past its end day.

const SEED = 20261127;
// Rows a statement: their values are bound, and MySQL takes at most 65,535 parameters a statement.
const BATCH = 2000;
const DAY = 86_400_000;
const COLUMNS = ['id', 'creditCode', 'entityName', 'listType', 'reason', 'documentNo', 'authority', 'listedOn', 'expiresOn', 'status', 'source', 'workflowId', 'createdAt', 'updatedAt'];

/** Share of listings by list type: the abnormal-operation list is by far the longest in a district. */
const TYPE_WEIGHTS: Array<[ListType, number]> = [
  ['abnormalOperationList', 0.55],
  ['dishonestDebtor', 0.25],
  ['seriousViolationList', 0.1],
  ['majorTaxViolator', 0.1],
];
const LISTS_PER_ENTITY: Array<[number, number]> = [[1, 0.75], [2, 0.18], [3, 0.05], [4, 0.02]];

/** How far back a still-active listing may have been made: within its list's term. */
const MAX_AGE_DAYS: Record<ListType, number> = { abnormalOperationList: 3 * 365 - 5, dishonestDebtor: 2 * 365 - 5, seriousViolationList: 3 * 365 - 5, majorTaxViolator: 3 * 365 - 5 };

const REASONS: Record<ListType, string[]> = {
  abnormalOperationList: ['未按照规定期限公示年度报告', '通过登记的住所或者经营场所无法联系', '未在责令的期限内公示有关企业信息', '公示企业信息隐瞒真实情况、弄虚作假'],
  dishonestDebtor: ['有履行能力而拒不履行生效法律文书确定的义务', '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', '违反财产报告制度'],
  seriousViolationList: ['被列入经营异常名录届满3年仍未履行相关义务', '提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司登记，受到吊销营业执照的行政处罚'],
  majorTaxViolator: ['偷税且数额较大', '虚开增值税专用发票', '逃避追缴欠税'],
};

const AUTHORITY: Record<ListType, string> = {
  abnormalOperationList: '金山区市场监督管理局',
  seriousViolationList: '金山区市场监督管理局',
  dishonestDebtor: '上海市金山区人民法院',
  majorTaxViolator: '国家税务总局上海市金山区税务局',
};

function documentNo(type: ListType, year: number, n: number): string {
  switch (type) {
    case 'abnormalOperationList':
      return `沪市监金异〔${year}〕${n}号`;
    case 'seriousViolationList':
      return `沪市监金严〔${year}〕${n}号`;
    case 'dishonestDebtor':
      return `（${year}）沪0116执${n}号`;
    case 'majorTaxViolator':
      return `金税稽罚〔${year}〕${n}号`;
  }
}

export interface ListingsProfile {
  listings: number;
  entities: number;
  seed: number;
  filledAt: string;
}

export interface ListedEntity {
  creditCode: string;
  listTypes: ListType[];
}

/** The listed entities of a fill (recomputed from the seed, identical to what was inserted). */
export function listingPlan(listings: number, entityCount: number, today = shanghaiDate(new Date())) {
  const rng = mulberry32(SEED);
  const weighted = <T>(xs: Array<[T, number]>): T => {
    let u = rng();
    for (const [x, w] of xs) if ((u -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };
  const todayMs = Date.parse(today);
  const used = new Set<number>();
  const entities: ListedEntity[] = [];
  const rows: unknown[][] = [];
  const now = new Date();
  const serial = new Map<string, number>();
  while (rows.length < listings) {
    let index: number;
    do index = Math.floor(rng() * entityCount);
    while (used.has(index));
    used.add(index);
    const e = generateEntity(DEMO_SEED, index);
    const k = Math.min(weighted(LISTS_PER_ENTITY), listings - rows.length);
    const types: ListType[] = [];
    while (types.length < k) {
      const t = weighted(TYPE_WEIGHTS);
      if (!types.includes(t)) types.push(t);
    }
    entities.push({ creditCode: e.creditCode, listTypes: types });
    for (const type of types) {
      const listedOn = new Date(todayMs - (1 + Math.floor(rng() * MAX_AGE_DAYS[type])) * DAY).toISOString().slice(0, 10);
      const year = Number(listedOn.slice(0, 4));
      const key = `${type}:${year}`;
      const n = (serial.get(key) ?? 0) + 1;
      serial.set(key, n);
      const reasons = REASONS[type];
      const id = listingIdOf(`bench-listing-${SEED}-${rows.length}`);
      rows.push([id, e.creditCode, e.name, type, reasons[Math.floor(rng() * reasons.length)], documentNo(type, year, n), AUTHORITY[type], listedOn, defaultExpiresOn(type, listedOn), 'active', 'bench', `joint-punishment:${id}`, now, now]);
    }
  }
  return { entities, rows };
}

/**
 * Makes `credit_listings` hold exactly `listings` bench listings over the first `entityCount` demo
 * entities (refilling when the recorded fill differs or `refill` is set), and returns the listed entities.
 */
export async function ensureListings(db: Db, listings: number, entityCount: number, refill: boolean): Promise<{ entities: ListedEntity[]; profile: ListingsProfile; filled: boolean; seconds: number }> {
  const q = <T extends object>(sql: string, values: unknown[] = []) => db.select<T>(sql, values);
  const marker = (await db.models.meta.findByPk('bench.listings', { raw: true })) as any;
  const recorded: ListingsProfile | null = marker ? JSON.parse(marker.value) : null;
  const [{ n }] = await q<{ n: number }>("SELECT COUNT(*) AS n FROM credit_listings WHERE source = 'bench'");
  // Listings are dated back from the fill's day to at most 5 days short of their term's end: after 4 days a
  // fill is redone, so every listing is still active. A reused fill's plan is recomputed for its own day.
  const fresh = recorded && Date.now() - Date.parse(recorded.filledAt) < 4 * DAY;
  const reuse = !refill && recorded && fresh && recorded.listings === listings && recorded.entities === entityCount && recorded.seed === SEED && Number(n) === listings;
  if (reuse) {
    const { entities } = listingPlan(listings, entityCount, recorded.filledAt.slice(0, 10));
    return { entities, profile: recorded, filled: false, seconds: 0 };
  }
  const t0 = performance.now();
  await db.sequelize.query("DELETE FROM credit_listings WHERE source = 'bench'");
  await db.sequelize.query("DELETE FROM meta WHERE `key` = 'bench.listings'");
  const today = shanghaiDate(new Date());
  const { entities, rows } = listingPlan(listings, entityCount, today);
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const placeholders = chunk.map(() => `(${COLUMNS.map(() => '?').join(',')})`).join(',');
    await db.execute(`INSERT INTO credit_listings (${COLUMNS.map((c) => `\`${c}\``).join(',')}) VALUES ${placeholders}`, chunk.flat());
  }
  await db.sequelize.query('ANALYZE TABLE credit_listings');
  const profile: ListingsProfile = { listings, entities: entityCount, seed: SEED, filledAt: `${today}T00:00:00.000Z` };
  await db.models.meta.create({ key: 'bench.listings', value: JSON.stringify(profile) });
  return { entities, profile, filled: true, seconds: (performance.now() - t0) / 1000 };
}
