import crypto from 'node:crypto';

// The verifiable draw of double-random spot checks (双随机一公开; 国办发〔2015〕58号). Pure: the same pool
// snapshot, parameters and seed always give the same entities and teams, and anyone holding the published
// data can repeat it (`npm run cli -- draw verify`). Randomness comes only from the seed, through
// HMAC-SHA256 used as a counter-mode generator, and integers are drawn by rejection sampling, so every
// entity of a stratum and every eligible inspector has exactly the same chance.

export const DRAW_ALGORITHM = 'zj-draw-1';

/** At least two inspectors per check (行政处罚法 Art. 42). */
export const MIN_TEAM_SIZE = 2;

export interface StratumSpec {
  /** e.g. `A`, `B`, `C`, `D` for credit-risk classes (国市监信发〔2022〕6号), or `all`. */
  key: string;
  /** Share of the stratum to draw (0–1]; rounded up, so a non-empty stratum always yields one. */
  ratio?: number;
  /** Or an exact count (capped at the stratum's size). */
  count?: number;
}

export interface DrawParameters {
  strata: StratumSpec[];
  teamSize: number;
}

export interface PoolSnapshot {
  /** Each entity once, with its stratum key; order does not matter (the draw sorts). */
  entities: Array<{ creditCode: string; stratum: string }>;
  /** Each eligible inspector once, by enforcement credential number (执法证号). */
  inspectors: string[];
  /** Pairs that may not meet: declared conflicts and the previous draw of the same check item (RULES.md). */
  recusals: Array<{ inspector: string; creditCode: string }>;
}

export interface DrawnInspection {
  creditCode: string;
  stratum: string;
  /** Credential numbers, in drawn order; empty when the entity could not be staffed. */
  team: string[];
  /** Set when fewer eligible inspectors than the team size remained after recusal. */
  unstaffed?: string;
}

/**
 * Two seeds, each committed when the plan is approved: one draws the entities, one the teams, so that in
 * the modes where the receiving department draws the inspectors (work plan 五(二)2) each step is its own.
 */
export interface DrawSeeds {
  entities: string;
  teams: string;
}

export interface SeedCommitments {
  entities: string;
  teams: string;
}

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  poolHash: string;
  seedHashes: SeedCommitments;
  strata: Array<{ key: string; poolSize: number; drawn: number }>;
  inspections: DrawnInspection[];
  resultHash: string;
}

export const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/** The commitment published before the draw: the seed cannot be chosen after seeing the pool. */
export const seedCommitment = (seedHex: string) => sha256(Buffer.from(seedHex, 'hex'));
export const commitSeeds = (seeds: DrawSeeds): SeedCommitments => ({ entities: seedCommitment(seeds.entities), teams: seedCommitment(seeds.teams) });

/** Canonical form of a pool: sorted, so the hash does not depend on the order rows were read in. */
export function canonicalPool(pool: PoolSnapshot): PoolSnapshot {
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    entities: [...pool.entities].sort((a, b) => byCode(a.creditCode, b.creditCode)),
    inspectors: [...pool.inspectors].sort(byCode),
    recusals: [...pool.recusals].sort((a, b) => byCode(a.inspector, b.inspector) || byCode(a.creditCode, b.creditCode)),
  };
}

export const poolHash = (pool: PoolSnapshot) => sha256(JSON.stringify(canonicalPool(pool)));

/** A deterministic stream of uniform integers keyed by the seed and a label. */
export class SeededStream {
  private counter = 0;
  private buffer = Buffer.alloc(0);
  constructor(
    private readonly seed: Buffer,
    private readonly label: string,
  ) {}

  private next64(): bigint {
    if (this.buffer.length < 8) {
      const block = crypto.createHmac('sha256', this.seed).update(`${this.label}:${this.counter++}`).digest();
      this.buffer = Buffer.concat([this.buffer, block]);
    }
    const v = this.buffer.readBigUInt64BE(0);
    this.buffer = this.buffer.subarray(8);
    return v;
  }

  /** Uniform in [0, n): values past the largest multiple of n are rejected, so no remainder bias. */
  below(n: number): number {
    if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`n must be a positive integer, got ${n}`);
    const N = BigInt(n);
    const limit = (1n << 64n) - ((1n << 64n) % N);
    for (;;) {
      const v = this.next64();
      if (v < limit) return Number(v % N);
    }
  }

  /** The first k of a uniformly random permutation of `items` (a partial Fisher–Yates shuffle). */
  sample<T>(items: readonly T[], k: number): T[] {
    const a = [...items];
    const take = Math.min(k, a.length);
    for (let i = 0; i < take; i++) {
      const j = i + this.below(a.length - i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, take);
  }
}

export function stratumQuota(spec: StratumSpec, size: number): number {
  if (spec.count !== undefined) return Math.min(spec.count, size);
  return Math.min(size, Math.ceil((spec.ratio ?? 0) * size));
}

/** Checks parameters before anything is drawn; returns the problems, empty when fine. */
export function validateParameters(p: DrawParameters): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(p.teamSize) || p.teamSize < MIN_TEAM_SIZE) problems.push(`teamSize must be an integer of at least ${MIN_TEAM_SIZE} (行政处罚法 Art. 42)`);
  if (p.strata.length === 0) problems.push('at least one stratum is needed');
  const keys = new Set<string>();
  for (const s of p.strata) {
    if (keys.has(s.key)) problems.push(`stratum ${s.key} appears twice`);
    keys.add(s.key);
    if ((s.ratio === undefined) === (s.count === undefined)) problems.push(`stratum ${s.key}: give either ratio or count`);
    if (s.ratio !== undefined && !(s.ratio > 0 && s.ratio <= 1)) problems.push(`stratum ${s.key}: ratio must be in (0, 1]`);
    if (s.count !== undefined && !(Number.isInteger(s.count) && s.count > 0)) problems.push(`stratum ${s.key}: count must be a positive integer`);
  }
  return problems;
}

/**
 * Draws entities per stratum, then a team for each drawn entity from the inspectors not recused for it.
 * Streams are labelled per stratum and per entity, so one stratum's draw never shifts another's.
 */
export function draw(parameters: DrawParameters, pool: PoolSnapshot, seeds: DrawSeeds): DrawResult {
  const problems = validateParameters(parameters);
  if (problems.length) throw new RangeError(problems.join('; '));
  for (const s of [seeds.entities, seeds.teams]) if (!/^[0-9a-f]{64}$/.test(s)) throw new RangeError('a seed must be 32 bytes in lower-case hex');
  const entitySeed = Buffer.from(seeds.entities, 'hex');
  const teamSeed = Buffer.from(seeds.teams, 'hex');
  const canonical = canonicalPool(pool);
  const recusedFor = new Map<string, Set<string>>();
  for (const r of canonical.recusals) {
    if (!recusedFor.has(r.creditCode)) recusedFor.set(r.creditCode, new Set());
    recusedFor.get(r.creditCode)!.add(r.inspector);
  }
  const strata: DrawResult['strata'] = [];
  const inspections: DrawnInspection[] = [];
  for (const spec of parameters.strata) {
    const members = canonical.entities.filter((e) => e.stratum === spec.key).map((e) => e.creditCode);
    const chosen = new SeededStream(entitySeed, `entities:${spec.key}`).sample(members, stratumQuota(spec, members.length));
    strata.push({ key: spec.key, poolSize: members.length, drawn: chosen.length });
    for (const creditCode of chosen) {
      const recused = recusedFor.get(creditCode);
      const eligible = recused ? canonical.inspectors.filter((i) => !recused.has(i)) : canonical.inspectors;
      if (eligible.length < parameters.teamSize) {
        // Say so rather than break a rule: the entity stays drawn, and the plan must add inspectors.
        inspections.push({ creditCode, stratum: spec.key, team: [], unstaffed: `only ${eligible.length} eligible inspector(s) for a team of ${parameters.teamSize}` });
        continue;
      }
      inspections.push({ creditCode, stratum: spec.key, team: new SeededStream(teamSeed, `team:${creditCode}`).sample(eligible, parameters.teamSize) });
    }
  }
  const body = { algorithm: DRAW_ALGORITHM, poolHash: sha256(JSON.stringify(canonical)), seedHashes: commitSeeds(seeds), strata, inspections } as const;
  return { ...body, resultHash: sha256(JSON.stringify(body)) };
}

export interface Verification {
  ok: boolean;
  problems: string[];
}

/**
 * What an outsider runs on the published data: the seed matches the commitment published before the
 * draw, the pool matches its published hash, and drawing again gives the published result.
 */
export interface PublishedDraw {
  algorithm: string;
  parameters: DrawParameters;
  pool: PoolSnapshot;
  seeds: DrawSeeds;
  /** Published when the plan was approved, before the draw. */
  seedHashes: SeedCommitments;
  poolHash: string;
  result: Pick<DrawResult, 'inspections' | 'resultHash'>;
}

export function verifyDraw(published: PublishedDraw): Verification {
  const problems: string[] = [];
  if (published.algorithm !== DRAW_ALGORITHM) problems.push(`unknown algorithm ${published.algorithm}; this verifier implements ${DRAW_ALGORITHM}`);
  if (seedCommitment(published.seeds.entities) !== published.seedHashes.entities) problems.push('the entity seed does not match the commitment published before the draw');
  if (seedCommitment(published.seeds.teams) !== published.seedHashes.teams) problems.push('the team seed does not match the commitment published before the draw');
  if (poolHash(published.pool) !== published.poolHash) problems.push('the pool snapshot does not match its published hash');
  let again: DrawResult | null = null;
  try {
    again = draw(published.parameters, published.pool, published.seeds);
  } catch (err) {
    problems.push(`the draw cannot be repeated: ${(err as Error).message}`);
  }
  if (again) {
    if (again.resultHash !== published.result.resultHash) problems.push('drawing again gives a different result hash');
    const a = JSON.stringify(again.inspections);
    if (a !== JSON.stringify(published.result.inspections)) problems.push('drawing again gives different entities or teams');
  }
  return { ok: problems.length === 0, problems };
}
