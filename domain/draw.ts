import crypto from 'node:crypto';
import { textPieces } from './text';

// The verifiable draw of double-random spot checks (双随机一公开; 国办发〔2015〕58号). Pure: the same pool
// snapshot, parameters, seed and algorithm always give the same entities and teams, and anyone holding the
// published data can repeat it (`npm run cli -- draw verify`). Randomness comes only from the seed, through
// HMAC-SHA256 used as a counter-mode generator, and integers are drawn by rejection sampling, so every
// entity of a stratum and every eligible inspector has exactly the same chance.
//
// Algorithms. A draw is repeated with the algorithm it was committed under (stored and published with the
// plan), so adding one never changes the meaning of an earlier draw:
// - `zj-draw-1`: each team drawn uniformly from one merged pool of eligible inspectors.
// - `zj-draw-2`: the pool names each inspector's department, and in a joint check (部门联合抽查, RULES.md
//   "Double-random spot checks": one visit, several departments) every team has one inspector of each
//   participating department — one drawn uniformly from each department's eligible inspectors, departments
//   in ascending order of their codes, then the remaining seats uniformly from all eligible inspectors left.
//   Without joint departments it draws exactly as `zj-draw-1` does.
// - `zj-draw-3`: the teams as `zj-draw-2`, then, for a plan whose check items need outside expertise
//   (监管资源, F2), one expert per needed field added to each staffed team — drawn uniformly from the pool's
//   active experts competent in that field and not recused for the entity, fields in ascending order, from
//   a stream of its own (`expert:<creditCode>`), so the inspectors drawn are those `zj-draw-2` would draw.
// - `zj-draw-4`: the teams and experts as `zj-draw-3`, then, for a plan whose check items need a third-party body
//   (第三方机构, F2), one body per needed field assigned to each staffed team — drawn uniformly from the pool's
//   active bodies competent in that field, not in a declared conflict with the entity and not the entity itself,
//   fields in ascending order, from a stream of its own (`thirdParty:<creditCode>`), so the inspectors and experts
//   drawn are exactly those `zj-draw-3` draws. A new id rather than an extension of `zj-draw-3`: a published
//   `zj-draw-3` draw keeps its meaning (and an earlier verifier, handed a draw with bodies, says it does not know
//   the algorithm instead of failing on a pool hash it cannot compute); `zj-draw-3` pools, parameters and results
//   are read and drawn exactly as before, so every earlier draw still verifies to the same hashes.

export const DRAW_ALGORITHMS = ['zj-draw-1', 'zj-draw-2', 'zj-draw-3', 'zj-draw-4'] as const;
export type DrawAlgorithm = (typeof DRAW_ALGORITHMS)[number];
/** The algorithm of new commitments; a committed draw keeps its own. */
export const DRAW_ALGORITHM = 'zj-draw-2' satisfies DrawAlgorithm;
/** The algorithm of new commitments whose plan needs experts (parameters.expertFields). */
export const DRAW_ALGORITHM_WITH_EXPERTS = 'zj-draw-3' satisfies DrawAlgorithm;
/** The algorithm of new commitments whose plan needs third-party bodies (parameters.thirdPartyFields), experts or not. */
export const DRAW_ALGORITHM_WITH_THIRD_PARTIES = 'zj-draw-4' satisfies DrawAlgorithm;
/** The algorithms that draw experts, and those that assign third-party bodies. */
const DRAWS_EXPERTS: readonly DrawAlgorithm[] = ['zj-draw-3', 'zj-draw-4'];
const DRAWS_THIRD_PARTIES: readonly DrawAlgorithm[] = ['zj-draw-4'];
export const isDrawAlgorithm = (a: unknown): a is DrawAlgorithm => DRAW_ALGORITHMS.includes(a as DrawAlgorithm);

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
  /**
   * `zj-draw-2` only: the departments of a joint check, each of which has an inspector on every team (see
   * `teamDepartments`); empty or absent for one department's plan. `zj-draw-1` refuses it.
   */
  departmentCodes?: string[];
  /** `zj-draw-3` and `zj-draw-4`: the fields (domain/resources.ts FIELDS) in which each team gets one expert. */
  expertFields?: string[];
  /** `zj-draw-4` only: the fields in which each team gets one third-party body. */
  thirdPartyFields?: string[];
}

/** An expert of a `zj-draw-3` pool: the id in the expert pool (专家库) and the fields they are competent in. */
export interface PoolExpert {
  id: string;
  fields: string[];
}

/**
 * A third-party body of a `zj-draw-4` pool (第三方机构): by its unified social credit code, public for an
 * organisation, so anyone can tell from the published pool which body it is; and the fields it is competent in.
 */
export interface PoolThirdParty {
  creditCode: string;
  fields: string[];
}

/** An inspector of a `zj-draw-2` pool: the credential number (执法证号) and the department. */
export interface PoolInspector {
  credentialNo: string;
  departmentCode: string;
}

export interface PoolSnapshot {
  /** Each entity once, with its stratum key; order does not matter (the draw sorts). */
  entities: Array<{ creditCode: string; stratum: string }>;
  /**
   * Each eligible inspector once: `zj-draw-1` by enforcement credential number (执法证号) alone, `zj-draw-2`
   * with the department too, so the published pool (and its hash) fixes who counts for which department.
   */
  inspectors: string[] | PoolInspector[];
  /** Pairs that may not meet: declared conflicts and the previous draw of the same check item (RULES.md). */
  recusals: Array<{ inspector: string; creditCode: string }>;
  /** `zj-draw-3`: the active experts, and the pairs of expert and entity that may not meet (declared conflicts). */
  experts?: PoolExpert[];
  expertRecusals?: Array<{ expert: string; creditCode: string }>;
  /**
   * `zj-draw-4`: the active third-party bodies whose qualification is valid, and the pairs of body (credit code)
   * and entity in a declared conflict. A `zj-draw-4` pool lists experts too (possibly none).
   */
  thirdParties?: PoolThirdParty[];
  thirdPartyRecusals?: Array<{ thirdParty: string; creditCode: string }>;
}

export interface DrawnInspection {
  creditCode: string;
  stratum: string;
  /** Credential numbers, in drawn order; empty when the entity could not be staffed. */
  team: string[];
  /**
   * Set when recusal left fewer eligible inspectors than the team size or, in a joint check, none of a
   * participating department: the entity stays drawn, with no team, rather than a team breaking a rule.
   */
  unstaffed?: string;
  /** `zj-draw-3`: the experts' ids added to a staffed team, one per needed field. */
  experts?: string[];
  /** `zj-draw-3`: why a staffed team lacks the expert of a field (none eligible); the inspectors still go. */
  expertShortfall?: string;
  /** `zj-draw-4`: the third-party bodies' credit codes assigned to a staffed team, one per needed field. */
  thirdParties?: string[];
  /** `zj-draw-4`: why a staffed team lacks the body of a field (none eligible); the team still goes. */
  thirdPartyShortfall?: string;
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
  algorithm: DrawAlgorithm;
  poolHash: string;
  seedHashes: SeedCommitments;
  strata: Array<{ key: string; poolSize: number; drawn: number }>;
  inspections: DrawnInspection[];
  resultHash: string;
}

/** SHA-256 in hex; a text is hashed as UTF-8, in pieces (a whole 50 MB pool converted at once took ~10× as long). */
export function sha256(data: string | Buffer): string {
  const hash = crypto.createHash('sha256');
  if (typeof data !== 'string') return hash.update(data).digest('hex');
  for (const piece of textPieces(data, HASH_PIECE_CHARS)) hash.update(piece, 'utf8');
  return hash.digest('hex');
}
const HASH_PIECE_CHARS = 1 << 20;

/** The commitment published before the draw: the seed cannot be chosen after seeing the pool. */
export const seedCommitment = (seedHex: string) => sha256(Buffer.from(seedHex, 'hex'));
export const commitSeeds = (seeds: DrawSeeds): SeedCommitments => ({ entities: seedCommitment(seeds.entities), teams: seedCommitment(seeds.teams) });

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const credentialOf = (i: string | PoolInspector) => (typeof i === 'string' ? i : i.credentialNo);

/**
 * Canonical form of a pool: sorted, so the hash does not depend on the order rows were read in, and each
 * inspector object rebuilt with its keys in one order, so the hash covers the department codes and nothing
 * else. A pool of credential numbers alone (`zj-draw-1`) comes out exactly as it always did.
 */
export function canonicalPool(pool: PoolSnapshot): PoolSnapshot {
  const inspectors = (pool.inspectors as Array<string | PoolInspector>)
    .map((i) => (typeof i === 'string' ? i : { credentialNo: i.credentialNo, departmentCode: i.departmentCode }))
    .sort((a, b) => byCode(credentialOf(a), credentialOf(b)) || byCode(JSON.stringify(a), JSON.stringify(b)));
  const canonical: PoolSnapshot = {
    entities: [...pool.entities].sort((a, b) => byCode(a.creditCode, b.creditCode)),
    inspectors: inspectors as PoolSnapshot['inspectors'],
    recusals: [...pool.recusals].sort((a, b) => byCode(a.inspector, b.inspector) || byCode(a.creditCode, b.creditCode)),
  };
  // Only `zj-draw-3` and later pools have experts, and only `zj-draw-4` pools third-party bodies: earlier pools
  // hash exactly as they always did, and the keys come in one order (experts, then bodies).
  const withExperts: PoolSnapshot =
    pool.experts === undefined
      ? canonical
      : {
          ...canonical,
          experts: pool.experts.map((e) => ({ id: e.id, fields: [...e.fields].sort(byCode) })).sort((a, b) => byCode(a.id, b.id)),
          expertRecusals: [...(pool.expertRecusals ?? [])].map((r) => ({ expert: r.expert, creditCode: r.creditCode })).sort((a, b) => byCode(a.expert, b.expert) || byCode(a.creditCode, b.creditCode)),
        };
  if (pool.thirdParties === undefined) return withExperts;
  return {
    ...withExperts,
    thirdParties: pool.thirdParties.map((t) => ({ creditCode: t.creditCode, fields: [...t.fields].sort(byCode) })).sort((a, b) => byCode(a.creditCode, b.creditCode)),
    thirdPartyRecusals: [...(pool.thirdPartyRecusals ?? [])].map((r) => ({ thirdParty: r.thirdParty, creditCode: r.creditCode })).sort((a, b) => byCode(a.thirdParty, b.thirdParty) || byCode(a.creditCode, b.creditCode)),
  };
}

/** The pool's canonical JSON: what its hash covers, and what is stored and published. */
export const poolJson = (pool: PoolSnapshot) => JSON.stringify(canonicalPool(pool));
export const poolHash = (pool: PoolSnapshot) => sha256(poolJson(pool));

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

  /**
   * The first k of a uniformly random permutation of `items` (a partial Fisher–Yates shuffle). Only the positions a
   * swap moved are kept (`moved`: position → index into `items`), not a copy of `items`: drawing a team of two from
   * 500 inspectors for each of 48,000 entities copied 24 million array slots. Value for value the shuffle of a copy.
   */
  sample<T>(items: readonly T[], k: number): T[] {
    const take = Math.min(k, items.length);
    const moved = new Map<number, number>();
    const out: T[] = [];
    for (let i = 0; i < take; i++) {
      const j = i + this.below(items.length - i);
      const atI = moved.get(i) ?? i;
      const atJ = moved.get(j) ?? j;
      moved.set(j, atI);
      out.push(items[atJ]);
    }
    return out;
  }
}

export function stratumQuota(spec: StratumSpec, size: number): number {
  if (spec.count !== undefined) return Math.min(spec.count, size);
  return Math.min(size, Math.ceil((spec.ratio ?? 0) * size));
}

/**
 * The departments every team of a plan must include (部门联合抽查: one visit, several departments; RULES.md
 * "Double-random spot checks"): the department that draws the teams and each joint department, in
 * ascending order of code — the order in which `zj-draw-2` draws them. Empty for a plan of one department,
 * whose teams are drawn from the whole pool as before.
 */
export function teamDepartments(drawingDepartmentCode: string, jointDepartmentCodes: readonly string[]): string[] {
  const all = [...new Set([drawingDepartmentCode, ...jointDepartmentCodes])].sort(byCode);
  return all.length > 1 ? all : [];
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
  const departments = p.departmentCodes ?? [];
  if (!Array.isArray(departments) || departments.some((d) => typeof d !== 'string' || d === '')) {
    problems.push('departmentCodes must be a list of department codes');
  } else {
    if (new Set(departments).size !== departments.length) problems.push('a department appears twice in departmentCodes');
    // One seat per department is reserved, so a smaller team could not hold them all.
    if (Number.isInteger(p.teamSize) && p.teamSize < departments.length) problems.push(`teamSize must be at least ${departments.length}, one inspector of each department of the joint check`);
  }
  for (const key of ['expertFields', 'thirdPartyFields'] as const) {
    const fields = p[key];
    if (fields !== undefined && (!Array.isArray(fields) || fields.some((f) => typeof f !== 'string' || f === ''))) problems.push(`${key} must be a list of fields`);
  }
  return problems;
}

/** Draws one entity's team from the inspectors not recused for it; says why when it cannot. */
type TeamDraw = (creditCode: string, recused: ReadonlySet<string> | undefined) => Pick<DrawnInspection, 'team' | 'unstaffed'>;

const tooFew = (eligible: number, teamSize: number) => `only ${eligible} eligible inspector(s) for a team of ${teamSize}`;

/** `zj-draw-1`: the team uniformly from every eligible inspector. */
function mergedPoolTeams(teamSize: number, inspectors: string[], teamSeed: Buffer): TeamDraw {
  return (creditCode, recused) => {
    const eligible = recused ? inspectors.filter((i) => !recused.has(i)) : inspectors;
    // Say so rather than break a rule: the entity stays drawn, and the plan must add inspectors.
    if (eligible.length < teamSize) return { team: [], unstaffed: tooFew(eligible.length, teamSize) };
    return { team: new SeededStream(teamSeed, `team:${creditCode}`).sample(eligible, teamSize) };
  };
}

/**
 * `zj-draw-2`: one seat per department of a joint check, each filled uniformly from that department's
 * eligible inspectors (departments in ascending code order), then the remaining seats uniformly from every
 * eligible inspector not yet on the team. With no departments this is `zj-draw-1`'s draw, value for value:
 * the same stream label and the same sample over the same canonical order.
 */
function departmentSeatTeams(teamSize: number, departmentCodes: readonly string[], inspectors: PoolInspector[], teamSeed: Buffer): TeamDraw {
  const departments = [...departmentCodes].sort(byCode);
  const byDepartment = (eligible: PoolInspector[]) => departments.map((d) => eligible.filter((i) => i.departmentCode === d));
  // Most entities have no recusal: their departments' inspectors are listed once, not once per entity.
  const unrecused = byDepartment(inspectors);
  return (creditCode, recused) => {
    const eligible = recused ? inspectors.filter((i) => !recused.has(i.credentialNo)) : inspectors;
    const perDepartment = recused ? byDepartment(eligible) : unrecused;
    const missing = departments.filter((_, n) => perDepartment[n].length === 0);
    const reasons: string[] = [];
    if (missing.length) reasons.push(`no eligible inspector of department ${missing.join(', ')}, and a joint check needs one of each department on the team`);
    if (eligible.length < teamSize) reasons.push(tooFew(eligible.length, teamSize));
    if (reasons.length) return { team: [], unstaffed: reasons.join('; ') };
    const stream = new SeededStream(teamSeed, `team:${creditCode}`);
    const team: PoolInspector[] = [];
    for (const members of perDepartment) team.push(...stream.sample(members, 1));
    team.push(...stream.sample(team.length ? eligible.filter((i) => !team.includes(i)) : eligible, teamSize - team.length));
    return { team: team.map((i) => i.credentialNo) };
  };
}

/**
 * One outside party per needed field (ascending), each uniformly from the candidates competent in it, not recused
 * for the entity, not already chosen for the team, and (`selfExcluded`, third-party bodies) not the entity itself.
 * A field with none eligible is said, not filled. Its own stream per entity (`<label>:<creditCode>`), so it never
 * shifts the inspectors' draw or another kind of party's.
 */
function fieldSeats(label: string, neededFields: readonly string[], candidates: ReadonlyArray<{ key: string; fields: string[] }>, recusals: ReadonlyArray<{ party: string; creditCode: string }>, teamSeed: Buffer, selfExcluded: boolean) {
  const fields = [...new Set(neededFields)].sort(byCode);
  const recusedFor = new Map<string, Set<string>>();
  for (const r of recusals) {
    if (!recusedFor.has(r.creditCode)) recusedFor.set(r.creditCode, new Set());
    recusedFor.get(r.creditCode)!.add(r.party);
  }
  return (creditCode: string): { chosen: string[]; missing: string[] } => {
    const stream = new SeededStream(teamSeed, `${label}:${creditCode}`);
    const chosen: string[] = [];
    const missing: string[] = [];
    for (const field of fields) {
      const eligible = candidates.filter((c) => c.fields.includes(field) && !recusedFor.get(creditCode)?.has(c.key) && !chosen.includes(c.key) && !(selfExcluded && c.key === creditCode));
      if (eligible.length === 0) missing.push(field);
      else chosen.push(stream.sample(eligible, 1)[0].key);
    }
    return { chosen, missing };
  };
}

/** `zj-draw-3` and `zj-draw-4`: one expert per needed field, from the stream `expert:<creditCode>`. */
function expertSeats(expertFields: readonly string[], experts: PoolExpert[], expertRecusals: NonNullable<PoolSnapshot['expertRecusals']>, teamSeed: Buffer) {
  const seats = fieldSeats('expert', expertFields, experts.map((e) => ({ key: e.id, fields: e.fields })), expertRecusals.map((r) => ({ party: r.expert, creditCode: r.creditCode })), teamSeed, false);
  return (creditCode: string): Pick<DrawnInspection, 'experts' | 'expertShortfall'> => {
    const { chosen, missing } = seats(creditCode);
    return { experts: chosen, ...(missing.length ? { expertShortfall: `no eligible expert in field ${missing.join(', ')}` } : {}) };
  };
}

/**
 * `zj-draw-4`: one third-party body per needed field, from the stream `thirdParty:<creditCode>`; a body is never
 * assigned to check itself.
 */
function thirdPartySeats(thirdPartyFields: readonly string[], thirdParties: PoolThirdParty[], thirdPartyRecusals: NonNullable<PoolSnapshot['thirdPartyRecusals']>, teamSeed: Buffer) {
  const seats = fieldSeats('thirdParty', thirdPartyFields, thirdParties.map((t) => ({ key: t.creditCode, fields: t.fields })), thirdPartyRecusals.map((r) => ({ party: r.thirdParty, creditCode: r.creditCode })), teamSeed, true);
  return (creditCode: string): Pick<DrawnInspection, 'thirdParties' | 'thirdPartyShortfall'> => {
    const { chosen, missing } = seats(creditCode);
    return { thirdParties: chosen, ...(missing.length ? { thirdPartyShortfall: `no eligible third-party body in field ${missing.join(', ')}` } : {}) };
  };
}

/** Throws a RangeError unless the pool's experts have the form `zj-draw-3` needs. */
function checkExperts(pool: PoolSnapshot): void {
  const list = pool.experts as unknown;
  if (!Array.isArray(list)) throw new RangeError('a zj-draw-3 pool lists its experts (possibly none)');
  const valid = (e: any) => e !== null && typeof e === 'object' && typeof e.id === 'string' && e.id !== '' && Array.isArray(e.fields) && e.fields.every((f: unknown) => typeof f === 'string');
  if (!list.every(valid)) throw new RangeError('a zj-draw-3 pool gives each expert as { id, fields }');
  if (new Set(list.map((e: PoolExpert) => e.id)).size !== list.length) throw new RangeError('an expert appears twice in the pool');
}

/** Throws a RangeError unless the pool's third-party bodies have the form `zj-draw-4` needs. */
function checkThirdParties(pool: PoolSnapshot): void {
  const list = pool.thirdParties as unknown;
  if (!Array.isArray(list)) throw new RangeError('a zj-draw-4 pool lists its third-party bodies (possibly none)');
  const valid = (t: any) => t !== null && typeof t === 'object' && typeof t.creditCode === 'string' && t.creditCode !== '' && Array.isArray(t.fields) && t.fields.every((f: unknown) => typeof f === 'string');
  if (!list.every(valid)) throw new RangeError('a zj-draw-4 pool gives each third-party body as { creditCode, fields }');
  if (new Set(list.map((t: PoolThirdParty) => t.creditCode)).size !== list.length) throw new RangeError('a third-party body appears twice in the pool');
}

/** Throws a RangeError unless the pool's inspectors have the form the algorithm needs. */
function checkInspectors(algorithm: DrawAlgorithm, inspectors: PoolSnapshot['inspectors']): void {
  const list = inspectors as unknown[];
  if (!Array.isArray(list)) throw new RangeError('the pool has no list of inspectors');
  if (algorithm === 'zj-draw-1') {
    if (!list.every((i) => typeof i === 'string')) throw new RangeError('a zj-draw-1 pool lists inspectors by credential number alone');
    return;
  }
  const valid = (i: any) => i !== null && typeof i === 'object' && typeof i.credentialNo === 'string' && i.credentialNo !== '' && typeof i.departmentCode === 'string' && i.departmentCode !== '';
  if (!list.every(valid)) throw new RangeError('a zj-draw-2 pool gives each inspector as { credentialNo, departmentCode }');
  const seen = new Set<string>();
  for (const i of list as PoolInspector[]) {
    // One person in two departments would make "one of each department" ambiguous.
    if (seen.has(i.credentialNo)) throw new RangeError(`inspector ${i.credentialNo} appears twice in the pool`);
    seen.add(i.credentialNo);
  }
}

/**
 * Draws entities per stratum, then a team for each drawn entity from the inspectors not recused for it, by
 * the given algorithm (the one the draw was committed under). Streams are labelled per stratum and per
 * entity, so one stratum's draw never shifts another's.
 *
 * `committedPoolHash` is the pool's hash as committed before the draw, which the result then carries instead of
 * hashing the pool again (a second of a million-entity draw's time). Only the platform passes it, for the pool it
 * committed; a verifier never does: verifyDraw hashes the published pool itself, so a pool that differs from the
 * committed one is found either way.
 */
export function draw(parameters: DrawParameters, pool: PoolSnapshot, seeds: DrawSeeds, algorithm: DrawAlgorithm, committedPoolHash?: string): DrawResult {
  if (!isDrawAlgorithm(algorithm)) throw new RangeError(`unknown algorithm ${algorithm}; this code implements ${DRAW_ALGORITHMS.join(', ')}`);
  const problems = validateParameters(parameters);
  if (algorithm === 'zj-draw-1' && parameters.departmentCodes?.length) problems.push('zj-draw-1 does not draw joint-check teams by department (departmentCodes needs zj-draw-2)');
  if (!DRAWS_EXPERTS.includes(algorithm) && parameters.expertFields?.length) problems.push(`${algorithm} does not draw experts (expertFields needs zj-draw-3 or zj-draw-4)`);
  if (!DRAWS_THIRD_PARTIES.includes(algorithm) && parameters.thirdPartyFields?.length) problems.push(`${algorithm} does not assign third-party bodies (thirdPartyFields needs zj-draw-4)`);
  if (problems.length) throw new RangeError(problems.join('; '));
  for (const s of [seeds.entities, seeds.teams]) if (!/^[0-9a-f]{64}$/.test(s)) throw new RangeError('a seed must be 32 bytes in lower-case hex');
  checkInspectors(algorithm, pool.inspectors);
  if (DRAWS_EXPERTS.includes(algorithm)) checkExperts(pool);
  if (DRAWS_THIRD_PARTIES.includes(algorithm)) checkThirdParties(pool);
  const entitySeed = Buffer.from(seeds.entities, 'hex');
  const teamSeed = Buffer.from(seeds.teams, 'hex');
  const canonical = canonicalPool(pool);
  const teamOf: TeamDraw =
    algorithm === 'zj-draw-1'
      ? mergedPoolTeams(parameters.teamSize, canonical.inspectors as string[], teamSeed)
      : departmentSeatTeams(parameters.teamSize, parameters.departmentCodes ?? [], canonical.inspectors as PoolInspector[], teamSeed);
  const expertsOf = DRAWS_EXPERTS.includes(algorithm) ? expertSeats(parameters.expertFields ?? [], canonical.experts ?? [], canonical.expertRecusals ?? [], teamSeed) : null;
  const thirdPartiesOf = DRAWS_THIRD_PARTIES.includes(algorithm) ? thirdPartySeats(parameters.thirdPartyFields ?? [], canonical.thirdParties ?? [], canonical.thirdPartyRecusals ?? [], teamSeed) : null;
  const recusedFor = new Map<string, Set<string>>();
  for (const r of canonical.recusals) {
    if (!recusedFor.has(r.creditCode)) recusedFor.set(r.creditCode, new Set());
    recusedFor.get(r.creditCode)!.add(r.inspector);
  }
  const strata: DrawResult['strata'] = [];
  const inspections: DrawnInspection[] = [];
  // Each stratum's members in the pool's canonical order, in one pass over a pool of up to a million.
  const membersOf = new Map<string, string[]>(parameters.strata.map((spec) => [spec.key, []]));
  for (const e of canonical.entities) membersOf.get(e.stratum)?.push(e.creditCode);
  for (const spec of parameters.strata) {
    const members = membersOf.get(spec.key)!;
    const chosen = new SeededStream(entitySeed, `entities:${spec.key}`).sample(members, stratumQuota(spec, members.length));
    strata.push({ key: spec.key, poolSize: members.length, drawn: chosen.length });
    for (const creditCode of chosen) {
      const drawn: DrawnInspection = { creditCode, stratum: spec.key, ...teamOf(creditCode, recusedFor.get(creditCode)) };
      // Outside parties go only with a staffed team: experts first, then bodies (the key order the result hash covers).
      const staffed = drawn.team.length > 0;
      inspections.push({ ...drawn, ...(expertsOf && staffed ? expertsOf(creditCode) : {}), ...(thirdPartiesOf && staffed ? thirdPartiesOf(creditCode) : {}) });
    }
  }
  const body = { algorithm, poolHash: committedPoolHash ?? sha256(JSON.stringify(canonical)), seedHashes: commitSeeds(seeds), strata, inspections } as const;
  return { ...body, resultHash: sha256(JSON.stringify(body)) };
}

/**
 * Why a draw left entities without a team, in numbers a person can act on: how many entities were drawn and
 * staffed, the team size, the most eligible inspectors any unstaffed entity had (fewer than the team needs),
 * and, in a joint check, the departments with no eligible inspector. Derived from the committed pool and the
 * result, so it adds nothing to what the draw publishes and changes none of its hashes.
 */
export interface StaffingShortfall {
  drawn: number;
  staffed: number;
  unstaffed: number;
  teamSize: number;
  /** The largest number of eligible inspectors among the unstaffed entities (null when none is unstaffed). */
  eligible: number | null;
  /** Joint-check departments that had no eligible inspector for some unstaffed entity. */
  missingDepartmentCodes: string[];
}

export function staffingShortfall(parameters: DrawParameters, pool: PoolSnapshot, inspections: readonly DrawnInspection[]): StaffingShortfall {
  const unstaffed = inspections.filter((i) => i.team.length === 0);
  const recusedFor = new Map<string, Set<string>>();
  for (const r of pool.recusals) {
    if (!recusedFor.has(r.creditCode)) recusedFor.set(r.creditCode, new Set());
    recusedFor.get(r.creditCode)!.add(r.inspector);
  }
  const inspectors = pool.inspectors as Array<string | PoolInspector>;
  let eligible: number | null = null;
  const missing = new Set<string>();
  for (const i of unstaffed) {
    const recused = recusedFor.get(i.creditCode);
    const left = inspectors.filter((x) => !recused?.has(credentialOf(x)));
    eligible = Math.max(eligible ?? 0, left.length);
    for (const d of parameters.departmentCodes ?? []) if (!left.some((x) => typeof x !== 'string' && x.departmentCode === d)) missing.add(d);
  }
  return { drawn: inspections.length, staffed: inspections.length - unstaffed.length, unstaffed: unstaffed.length, teamSize: parameters.teamSize, eligible, missingDepartmentCodes: [...missing].sort(byCode) };
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
  /** The algorithm the draw was committed under; it decides how the draw is repeated. */
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
  const algorithm = published.algorithm;
  if (!isDrawAlgorithm(algorithm)) problems.push(`unknown algorithm ${algorithm}; this verifier implements ${DRAW_ALGORITHMS.join(', ')}`);
  if (seedCommitment(published.seeds.entities) !== published.seedHashes.entities) problems.push('the entity seed does not match the commitment published before the draw');
  if (seedCommitment(published.seeds.teams) !== published.seedHashes.teams) problems.push('the team seed does not match the commitment published before the draw');
  let hash: string | null = null;
  try {
    hash = poolHash(published.pool);
  } catch {
    // A pool too malformed to hash cannot match; the repeated draw below says what is wrong with it.
  }
  if (hash !== published.poolHash) problems.push('the pool snapshot does not match its published hash');
  let again: DrawResult | null = null;
  if (isDrawAlgorithm(algorithm)) {
    try {
      again = draw(published.parameters, published.pool, published.seeds, algorithm);
    } catch (err) {
      problems.push(`the draw cannot be repeated: ${(err as Error).message}`);
    }
  }
  if (again) {
    if (again.resultHash !== published.result.resultHash) problems.push('drawing again gives a different result hash');
    const a = JSON.stringify(again.inspections);
    if (a !== JSON.stringify(published.result.inspections)) problems.push('drawing again gives different entities or teams');
  }
  return { ok: problems.length === 0, problems };
}
