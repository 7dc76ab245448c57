import crypto from 'node:crypto';
import { commitSeeds, draw, DRAW_ALGORITHM, DRAW_ALGORITHM_WITH_EXPERTS, DRAW_ALGORITHM_WITH_THIRD_PARTIES, DRAW_ALGORITHMS, poolHash, SeededStream, sha256, staffingShortfall, teamDepartments, validateParameters, verifyDraw, type DrawAlgorithm, type DrawnInspection, type DrawParameters, type PoolInspector, type PoolSnapshot } from './draw';

const hex = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const seedOf = (n: number) => ({ entities: hex(`entities-${n}`), teams: hex(`teams-${n}`) });

/** Inspectors I0000, I0001, …: credential numbers alone for zj-draw-1, all of one department for zj-draw-2. */
function pool(entities: number, inspectors: number, strata = ['A', 'B', 'C', 'D'], algorithm: DrawAlgorithm = 'zj-draw-1'): PoolSnapshot {
  const credentials = Array.from({ length: inspectors }, (_, i) => `I${String(i).padStart(4, '0')}`);
  return {
    entities: Array.from({ length: entities }, (_, i) => ({ creditCode: `E${String(i).padStart(6, '0')}`, stratum: strata[i % strata.length] })),
    inspectors: algorithm === 'zj-draw-1' ? credentials : credentials.map((credentialNo) => ({ credentialNo, departmentCode: 'SCJGJ' })),
    recusals: [],
    ...(algorithm === 'zj-draw-3' || algorithm === 'zj-draw-4' ? { experts: [], expertRecusals: [] } : {}),
    ...(algorithm === 'zj-draw-4' ? { thirdParties: [], thirdPartyRecusals: [] } : {}),
  };
}

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const expected = counts.reduce((a, b) => a + b, 0) / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

// What holds whichever algorithm a draw was committed under; zj-draw-2 here without joint departments.
describe.each(DRAW_ALGORITHMS)('draw (双随机) by %s', (algorithm) => {
  describe('determinism', () => {
    it('the same pool, parameters and seed give the same entities and teams, whatever order the pool is read in', () => {
      const p = pool(400, 12, undefined, algorithm);
      const shuffled = { ...p, entities: [...p.entities].reverse(), inspectors: [...p.inspectors].reverse() as PoolSnapshot['inspectors'] };
      const params = { strata: [{ key: 'A', ratio: 0.1 }, { key: 'D', count: 7 }], teamSize: 2 };
      const a = draw(params, p, seedOf(1), algorithm);
      const b = draw(params, shuffled, seedOf(1), algorithm);
      expect(b).toEqual(a);
      expect(a.strata).toEqual([{ key: 'A', poolSize: 100, drawn: 10 }, { key: 'D', poolSize: 100, drawn: 7 }]);
    });

    it('given the pool hash committed before the draw, it gives the result it gives when it hashes the pool itself', () => {
      const p = pool(400, 12, undefined, algorithm);
      const params = { strata: [{ key: 'A', ratio: 0.1 }], teamSize: 2 };
      expect(draw(params, p, seedOf(4), algorithm, poolHash(p))).toEqual(draw(params, p, seedOf(4), algorithm));
      // A hash that is not the pool's is carried into the result, whose hash then differs: verification finds it.
      const wrong = draw(params, p, seedOf(4), algorithm, 'f'.repeat(64));
      expect(wrong.poolHash).toBe('f'.repeat(64));
      expect(wrong.resultHash).not.toBe(draw(params, p, seedOf(4), algorithm).resultHash);
    });

    it('a different seed gives a different draw', () => {
      const params = { strata: [{ key: 'A', ratio: 0.1 }], teamSize: 2 };
      expect(draw(params, pool(400, 12, undefined, algorithm), seedOf(1), algorithm).inspections).not.toEqual(draw(params, pool(400, 12, undefined, algorithm), seedOf(2), algorithm).inspections);
    });

    it('one stratum’s draw does not depend on another stratum’s parameters', () => {
      const p = pool(400, 12, undefined, algorithm);
      const a = draw({ strata: [{ key: 'A', ratio: 0.1 }, { key: 'B', count: 3 }], teamSize: 2 }, p, seedOf(3), algorithm);
      const b = draw({ strata: [{ key: 'A', ratio: 0.1 }, { key: 'B', count: 30 }], teamSize: 2 }, p, seedOf(3), algorithm);
      expect(b.inspections.filter((i) => i.stratum === 'A')).toEqual(a.inspections.filter((i) => i.stratum === 'A'));
    });
  });

  describe('uniformity', () => {
    it('every entity of a stratum has the same chance across many seeds (chi-square, 49 degrees of freedom)', () => {
      const p = pool(50, 4, ['all'], algorithm);
      const counts = new Array(50).fill(0);
      const runs = 4000;
      for (let s = 0; s < runs; s++) {
        for (const i of draw({ strata: [{ key: 'all', count: 5 }], teamSize: 2 }, p, seedOf(s), algorithm).inspections) counts[Number(i.creditCode.slice(1))]++;
      }
      // Each entity is expected 400 times; the 0.999 quantile of chi-square(49) is 85.4.
      expect(chiSquare(counts)).toBeLessThan(85.4);
    });

    it('every eligible inspector has the same chance to be on a team', () => {
      const p = pool(1, 10, ['all'], algorithm);
      const counts = new Array(10).fill(0);
      for (let s = 0; s < 5000; s++) {
        for (const m of draw({ strata: [{ key: 'all', count: 1 }], teamSize: 2 }, p, seedOf(s), algorithm).inspections[0].team) counts[Number(m.slice(1))]++;
      }
      // The 0.999 quantile of chi-square(9) is 27.9.
      expect(chiSquare(counts)).toBeLessThan(27.9);
    });

    it('draws integers below n without remainder bias', () => {
      const stream = new SeededStream(Buffer.from(hex('x'), 'hex'), 'test');
      const counts = new Array(7).fill(0);
      for (let i = 0; i < 70_000; i++) counts[stream.below(7)]++;
      // The 0.999 quantile of chi-square(6) is 22.5.
      expect(chiSquare(counts)).toBeLessThan(22.5);
    });
  });

  describe('recusal', () => {
    it('an inspector with a conflict for an entity is never on its team, over many seeds', () => {
      const p = pool(20, 4, ['all'], algorithm);
      p.recusals = p.entities.flatMap((e, i) => [{ inspector: `I000${i % 4}`, creditCode: e.creditCode }]);
      for (let s = 0; s < 300; s++) {
        for (const i of draw({ strata: [{ key: 'all', ratio: 0.5 }], teamSize: 2 }, p, seedOf(s), algorithm).inspections) {
          expect(i.team).not.toContain(`I000${Number(i.creditCode.slice(1)) % 4}`);
          expect(i.team).toHaveLength(2);
        }
      }
    });

    it('when recusal leaves too few inspectors, says the entity cannot be staffed instead of breaking a rule', () => {
      const p = pool(1, 3, ['all'], algorithm);
      p.recusals = [{ inspector: 'I0000', creditCode: 'E000000' }, { inspector: 'I0001', creditCode: 'E000000' }];
      const r = draw({ strata: [{ key: 'all', count: 1 }], teamSize: 2 }, p, seedOf(1), algorithm);
      expect(r.inspections[0]).toEqual({ creditCode: 'E000000', stratum: 'all', team: [], unstaffed: 'only 1 eligible inspector(s) for a team of 2' });
    });
  });

  describe('staffing shortfall', () => {
    it('a pool with fewer inspectors than the team size staffs no entity, and says how many were eligible for what team', () => {
      const p = pool(10, 3, ['all'], algorithm);
      const params = { strata: [{ key: 'all', count: 4 }], teamSize: 5 };
      const r = draw(params, p, seedOf(2), algorithm);
      expect(staffingShortfall(params, p, r.inspections)).toEqual({ drawn: 4, staffed: 0, unstaffed: 4, teamSize: 5, eligible: 3, missingDepartmentCodes: [] });
    });

    it('a fully staffed draw has no shortfall; recusal of one entity is counted for that entity alone', () => {
      const p = pool(1, 3, ['all'], algorithm);
      const params = { strata: [{ key: 'all', count: 1 }], teamSize: 2 };
      expect(staffingShortfall(params, p, draw(params, p, seedOf(1), algorithm).inspections)).toMatchObject({ staffed: 1, unstaffed: 0, eligible: null });
      p.recusals = [{ inspector: 'I0000', creditCode: 'E000000' }, { inspector: 'I0001', creditCode: 'E000000' }];
      expect(staffingShortfall(params, p, draw(params, p, seedOf(1), algorithm).inspections)).toMatchObject({ staffed: 0, unstaffed: 1, eligible: 1 });
    });
  });

  describe('parameters', () => {
    it('refuses a team of one, a ratio above 1, a stratum given twice and a stratum with both ratio and count', () => {
      expect(validateParameters({ strata: [{ key: 'A', ratio: 0.1 }], teamSize: 1 })).toHaveLength(1);
      expect(validateParameters({ strata: [{ key: 'A', ratio: 1.5 }], teamSize: 2 })).toHaveLength(1);
      expect(validateParameters({ strata: [{ key: 'A', ratio: 0.1 }, { key: 'A', count: 1 }], teamSize: 2 })).toHaveLength(1);
      expect(validateParameters({ strata: [{ key: 'A', ratio: 0.1, count: 3 }], teamSize: 2 })).toHaveLength(1);
      expect(() => draw({ strata: [], teamSize: 2 }, pool(1, 2, undefined, algorithm), seedOf(1), algorithm)).toThrow(RangeError);
    });

    it('rounds a ratio up, so a small stratum is never skipped', () => {
      expect(draw({ strata: [{ key: 'A', ratio: 0.05 }], teamSize: 2 }, pool(12, 4, undefined, algorithm), seedOf(1), algorithm).strata[0]).toEqual({ key: 'A', poolSize: 3, drawn: 1 });
    });
  });

  describe('verification', () => {
    const parameters = { strata: [{ key: 'A', ratio: 0.2 }, { key: 'B', count: 4 }], teamSize: 2 };
    const seed = seedOf(42);
    const p = pool(200, 8, undefined, algorithm);
    const result = draw(parameters, p, seed, algorithm);
    const published = { algorithm, parameters, pool: p, seeds: seed, seedHashes: commitSeeds(seed), poolHash: poolHash(p), result };

    it('passes on the published data', () => {
      expect(verifyDraw(published)).toEqual({ ok: true, problems: [] });
    });

    it('detects an entity removed from the pool', () => {
      const v = verifyDraw({ ...published, pool: { ...p, entities: p.entities.slice(1) } });
      expect(v.ok).toBe(false);
      expect(v.problems).toContain('the pool snapshot does not match its published hash');
    });

    it('detects a seed other than the committed one', () => {
      const v = verifyDraw({ ...published, seeds: { ...seed, teams: seedOf(43).teams } });
      expect(v.problems).toEqual(expect.arrayContaining(['the team seed does not match the commitment published before the draw', 'drawing again gives a different result hash']));
    });

    it('teams depend only on the team seed: changing it keeps the entities and changes the teams', () => {
      const other = draw(parameters, p, { ...seed, teams: seedOf(44).teams }, algorithm);
      expect(other.inspections.map((i) => i.creditCode)).toEqual(result.inspections.map((i) => i.creditCode));
      expect(other.inspections.map((i) => i.team)).not.toEqual(result.inspections.map((i) => i.team));
    });

    it('detects a swapped team member in the published result', () => {
      const tampered = structuredClone(result);
      tampered.inspections[0].team[0] = 'I9999';
      expect(verifyDraw({ ...published, result: tampered }).problems).toContain('drawing again gives different entities or teams');
    });
  });
});

describe('zj-draw-1 is unchanged', () => {
  // Recorded with zj-draw-1 before zj-draw-2 existed: a plan committed under zj-draw-1 must still draw,
  // and verify, to exactly this — entities, teams, the unstaffed entity and every hash.
  const p: PoolSnapshot = {
    entities: Array.from({ length: 12 }, (_, i) => ({ creditCode: `E${String(i).padStart(6, '0')}`, stratum: i % 2 ? 'D' : 'A' })),
    inspectors: Array.from({ length: 5 }, (_, i) => `I${String(i).padStart(4, '0')}`),
    recusals: [{ inspector: 'I0000', creditCode: 'E000000' }, { inspector: 'I0001', creditCode: 'E000000' }, { inspector: 'I0002', creditCode: 'E000000' }, { inspector: 'I0004', creditCode: 'E000003' }],
  };
  const parameters = { strata: [{ key: 'A', count: 4 }, { key: 'D', ratio: 0.5 }], teamSize: 3 };
  const seed = seedOf(7);

  it('draws the recorded vector for a fixed seed', () => {
    const r = draw(parameters, p, seed, 'zj-draw-1');
    expect(r.poolHash).toBe('b9f057bbb89272834d83cfc1e8149016afcb12394511332e32c5d7caf92e7e13');
    expect(r.strata).toEqual([{ key: 'A', poolSize: 6, drawn: 4 }, { key: 'D', poolSize: 6, drawn: 3 }]);
    expect(r.inspections).toEqual([
      { creditCode: 'E000000', stratum: 'A', team: [], unstaffed: 'only 2 eligible inspector(s) for a team of 3' },
      { creditCode: 'E000010', stratum: 'A', team: ['I0004', 'I0002', 'I0003'] },
      { creditCode: 'E000006', stratum: 'A', team: ['I0003', 'I0001', 'I0004'] },
      { creditCode: 'E000002', stratum: 'A', team: ['I0004', 'I0001', 'I0003'] },
      { creditCode: 'E000003', stratum: 'D', team: ['I0002', 'I0003', 'I0000'] },
      { creditCode: 'E000009', stratum: 'D', team: ['I0000', 'I0001', 'I0004'] },
      { creditCode: 'E000005', stratum: 'D', team: ['I0002', 'I0001', 'I0000'] },
    ]);
    expect(r.resultHash).toBe('3cf002ec49aebeaecfa7140b79cb4afd3046833b47a380e3870f9e66df163378');
  });

  it('verifies as zj-draw-1 and is refused when relabelled as the current algorithm', () => {
    const published = { algorithm: 'zj-draw-1', parameters, pool: p, seeds: seed, seedHashes: commitSeeds(seed), poolHash: poolHash(p), result: draw(parameters, p, seed, 'zj-draw-1') };
    expect(verifyDraw(published)).toEqual({ ok: true, problems: [] });
    expect(DRAW_ALGORITHM).toBe('zj-draw-2');
    expect(verifyDraw({ ...published, algorithm: DRAW_ALGORITHM }).problems).toEqual(['the draw cannot be repeated: a zj-draw-2 pool gives each inspector as { credentialNo, departmentCode }']);
    expect(verifyDraw({ ...published, algorithm: 'zj-draw-9' }).problems).toEqual(['unknown algorithm zj-draw-9; this verifier implements zj-draw-1, zj-draw-2, zj-draw-3, zj-draw-4']);
  });
});

describe('zj-draw-2: joint checks (部门联合抽查)', () => {
  const JOINT = 'zj-draw-2' as const;

  /** `n` inspectors per department, credential numbers `<department>-00`, `-01`, …; all entities in `all`. */
  function jointPool(entities: number, perDepartment: Record<string, number>): PoolSnapshot & { inspectors: PoolInspector[] } {
    return {
      entities: Array.from({ length: entities }, (_, i) => ({ creditCode: `E${String(i).padStart(6, '0')}`, stratum: 'all' })),
      inspectors: Object.entries(perDepartment).flatMap(([departmentCode, n]) => Array.from({ length: n }, (_, k) => ({ credentialNo: `${departmentCode}-${String(k).padStart(2, '0')}`, departmentCode }))),
      recusals: [],
    };
  }
  const departmentOf = (credentialNo: string) => credentialNo.split('-')[0];
  const all = (count: number, teamSize: number, departmentCodes: string[]): DrawParameters => ({ strata: [{ key: 'all', count }], teamSize, departmentCodes });

  it('a joint check without an inspector of one department names that department in its shortfall', () => {
    const p = jointPool(3, { SCJGJ: 4, JTW: 0 });
    const params = all(3, 2, ['SCJGJ', 'JTW']);
    const r = draw(params, p, seedOf(3), JOINT);
    expect(staffingShortfall(params, p, r.inspections)).toEqual({ drawn: 3, staffed: 0, unstaffed: 3, teamSize: 2, eligible: 4, missingDepartmentCodes: ['JTW'] });
  });

  it('takes part: the department drawing the teams and each joint department, in ascending code order; none for one department', () => {
    expect(teamDepartments('SCJGJ', ['WSJKW', 'JTW', 'SCJGJ'])).toEqual(['JTW', 'SCJGJ', 'WSJKW']);
    expect(teamDepartments('SCJGJ', [])).toEqual([]);
    expect(teamDepartments('SCJGJ', ['SCJGJ'])).toEqual([]);
  });

  it('is deterministic: the same pool in any order and the departments in any order give the same draw; another seed another', () => {
    const p = jointPool(60, { SCJGJ: 6, JTW: 4, WSJKW: 3 });
    const a = draw(all(10, 3, ['SCJGJ', 'JTW', 'WSJKW']), p, seedOf(5), JOINT);
    const b = draw(all(10, 3, ['WSJKW', 'SCJGJ', 'JTW']), { ...p, entities: [...p.entities].reverse(), inspectors: [...p.inspectors].reverse() }, seedOf(5), JOINT);
    expect(b).toEqual(a);
    expect(a.algorithm).toBe('zj-draw-2');
    expect(draw(all(10, 3, ['SCJGJ', 'JTW', 'WSJKW']), p, seedOf(6), JOINT).inspections).not.toEqual(a.inspections);
  });

  it('puts one inspector of each participating department on every team, in department order, over many seeds', () => {
    // YJGLJ is in the pool (an explicit inspector filter) without taking part: it may fill only the free seat.
    const p = jointPool(20, { SCJGJ: 5, JTW: 3, WSJKW: 2, YJGLJ: 4 });
    let freeSeatYjglj = 0;
    for (let s = 0; s < 200; s++) {
      for (const i of draw(all(20, 4, ['WSJKW', 'SCJGJ', 'JTW']), p, seedOf(s), JOINT).inspections) {
        expect(i.unstaffed).toBeUndefined();
        expect(new Set(i.team).size).toBe(4);
        expect(i.team.slice(0, 3).map(departmentOf)).toEqual(['JTW', 'SCJGJ', 'WSJKW']);
        if (departmentOf(i.team[3]) === 'YJGLJ') freeSeatYjglj++;
      }
    }
    expect(freeSeatYjglj).toBeGreaterThan(0);
  });

  it('gives every eligible inspector of a department the same chance, and fills the free seat uniformly from all (chi-square)', () => {
    const p = jointPool(10, { SCJGJ: 10, JTW: 5 });
    const onTeam = new Map(p.inspectors.map((i) => [i.credentialNo, 0]));
    const jtwSeat = new Map(p.inspectors.map((i) => [i.credentialNo, 0]));
    let teams = 0;
    let freeSeatScjgj = 0;
    for (let s = 0; s < 1000; s++) {
      for (const i of draw(all(10, 3, ['SCJGJ', 'JTW']), p, seedOf(s), JOINT).inspections) {
        teams++;
        for (const m of i.team) onTeam.set(m, onTeam.get(m)! + 1);
        jtwSeat.set(i.team[0], jtwSeat.get(i.team[0])! + 1);
        if (departmentOf(i.team[2]) === 'SCJGJ') freeSeatScjgj++;
      }
    }
    const of = (counts: Map<string, number>, d: string) => p.inspectors.filter((i) => i.departmentCode === d).map((i) => counts.get(i.credentialNo)!);
    // 0.999 quantiles of chi-square: 27.9 with 9 degrees of freedom, 18.5 with 4.
    expect(chiSquare(of(onTeam, 'SCJGJ'))).toBeLessThan(27.9);
    expect(chiSquare(of(onTeam, 'JTW'))).toBeLessThan(18.5);
    expect(chiSquare(of(jtwSeat, 'JTW'))).toBeLessThan(18.5);
    // The free seat is uniform over the 13 inspectors left after the department seats, 9 of them SCJGJ's.
    const expected = (teams * 9) / 13;
    expect(Math.abs(freeSeatScjgj - expected)).toBeLessThan(4 * Math.sqrt(teams * (9 / 13) * (4 / 13)));
  });

  it('never puts a recused inspector on a team, and still has each department, over many seeds', () => {
    const p = jointPool(30, { SCJGJ: 4, JTW: 3 });
    const recused = (k: number) => [`SCJGJ-0${k % 4}`, `JTW-0${k % 3}`];
    p.recusals = p.entities.flatMap((e, k) => recused(k).map((inspector) => ({ inspector, creditCode: e.creditCode })));
    for (let s = 0; s < 300; s++) {
      for (const i of draw(all(15, 3, ['SCJGJ', 'JTW']), p, seedOf(s), JOINT).inspections) {
        for (const r of recused(Number(i.creditCode.slice(1)))) expect(i.team).not.toContain(r);
        expect(i.team.slice(0, 2).map(departmentOf)).toEqual(['JTW', 'SCJGJ']);
        expect(new Set(i.team).size).toBe(3);
      }
    }
  });

  it('reports an entity unstaffed, naming the department, when recusal leaves none of that department', () => {
    const p = jointPool(3, { SCJGJ: 4, JTW: 2 });
    p.recusals = [{ inspector: 'JTW-00', creditCode: 'E000001' }, { inspector: 'JTW-01', creditCode: 'E000001' }];
    const r = draw(all(3, 2, ['SCJGJ', 'JTW']), p, seedOf(1), JOINT);
    expect(r.inspections.find((i) => i.creditCode === 'E000001')).toEqual({ creditCode: 'E000001', stratum: 'all', team: [], unstaffed: 'no eligible inspector of department JTW, and a joint check needs one of each department on the team' });
    for (const i of r.inspections.filter((x) => x.creditCode !== 'E000001')) expect(i.team.map(departmentOf)).toEqual(['JTW', 'SCJGJ']);
  });

  it('a department with no inspector in the pool leaves every entity unstaffed, never a team without it; both reasons are given', () => {
    const r = draw(all(4, 2, ['SCJGJ', 'WSJKW']), jointPool(4, { SCJGJ: 6 }), seedOf(2), JOINT);
    expect(r.inspections).toHaveLength(4);
    for (const i of r.inspections) expect(i).toMatchObject({ team: [], unstaffed: expect.stringContaining('department WSJKW') });
    const p = jointPool(1, { SCJGJ: 2, JTW: 1 });
    p.recusals = [{ inspector: 'JTW-00', creditCode: 'E000000' }];
    expect(draw(all(1, 3, ['SCJGJ', 'JTW']), p, seedOf(3), JOINT).inspections[0].unstaffed).toBe('no eligible inspector of department JTW, and a joint check needs one of each department on the team; only 2 eligible inspector(s) for a team of 3');
  });

  it('without joint departments draws exactly the teams zj-draw-1 draws from the same inspectors', () => {
    const v1 = pool(300, 9, undefined, 'zj-draw-1');
    v1.recusals = [{ inspector: 'I0002', creditCode: 'E000001' }, { inspector: 'I0005', creditCode: 'E000005' }];
    // The same inspectors in two departments (an explicit inspector filter), but no joint check.
    const v2: PoolSnapshot = { ...v1, inspectors: (v1.inspectors as string[]).map((credentialNo, i) => ({ credentialNo, departmentCode: i % 2 ? 'JTW' : 'SCJGJ' })) };
    const parameters = { strata: [{ key: 'B', ratio: 0.2 }, { key: 'C', count: 10 }], teamSize: 3 };
    const a = draw(parameters, v1, seedOf(9), 'zj-draw-1');
    const b = draw({ ...parameters, departmentCodes: [] }, v2, seedOf(9), JOINT);
    expect(b.inspections).toEqual(a.inspections);
    expect(draw(parameters, v2, seedOf(9), JOINT).inspections).toEqual(a.inspections);
  });

  it('refuses a team smaller than the departments, a department twice, and a pool of the wrong form', () => {
    expect(validateParameters(all(1, 2, ['SCJGJ', 'JTW', 'WSJKW']))).toEqual(['teamSize must be at least 3, one inspector of each department of the joint check']);
    expect(validateParameters(all(1, 2, ['SCJGJ', 'SCJGJ']))).toEqual(['a department appears twice in departmentCodes']);
    expect(() => draw(all(1, 2, ['SCJGJ', 'JTW']), pool(1, 4, ['all'], 'zj-draw-1'), seedOf(1), 'zj-draw-1')).toThrow('zj-draw-1 does not draw joint-check teams by department');
    expect(() => draw(all(1, 2, []), pool(1, 4, ['all'], 'zj-draw-1'), seedOf(1), JOINT)).toThrow('a zj-draw-2 pool gives each inspector as { credentialNo, departmentCode }');
    expect(() => draw(all(1, 2, []), pool(1, 4, ['all'], 'zj-draw-2'), seedOf(1), 'zj-draw-1')).toThrow('a zj-draw-1 pool lists inspectors by credential number alone');
    const twice = jointPool(1, { SCJGJ: 2, JTW: 2 });
    twice.inspectors.push({ credentialNo: 'JTW-00', departmentCode: 'SCJGJ' });
    expect(() => draw(all(1, 2, ['SCJGJ', 'JTW']), twice, seedOf(1), JOINT)).toThrow('inspector JTW-00 appears twice in the pool');
  });

  describe('verification', () => {
    const parameters = all(8, 3, ['SCJGJ', 'JTW']);
    const seed = seedOf(77);
    const p = jointPool(40, { SCJGJ: 5, JTW: 3, WSJKW: 2 });
    const result = draw(parameters, p, seed, JOINT);
    const published = { algorithm: JOINT, parameters, pool: p, seeds: seed, seedHashes: commitSeeds(seed), poolHash: poolHash(p), result };

    it('passes on the published data', () => {
      expect(verifyDraw(published)).toEqual({ ok: true, problems: [] });
    });

    it('the pool hash covers each inspector’s department, and not the order of an inspector’s keys', () => {
      const reordered = { ...p, inspectors: p.inspectors.map((i) => ({ departmentCode: i.departmentCode, credentialNo: i.credentialNo })) };
      expect(poolHash(reordered)).toBe(poolHash(p));
      const moved = { ...p, inspectors: p.inspectors.map((i) => (i.credentialNo === 'WSJKW-00' ? { ...i, departmentCode: 'JTW' } : i)) };
      expect(poolHash(moved)).not.toBe(poolHash(p));
    });

    it('detects a tampered department code', () => {
      // JTW-00 passed off as SCJGJ's: the hash no longer matches, and the teams drawn again differ.
      const tampered = { ...p, inspectors: p.inspectors.map((i) => (i.credentialNo === 'JTW-00' ? { ...i, departmentCode: 'SCJGJ' } : i)) };
      const v = verifyDraw({ ...published, pool: tampered });
      expect(v.ok).toBe(false);
      expect(v.problems).toContain('the pool snapshot does not match its published hash');
    });

    it('detects departments dropped from the parameters and a relabelled algorithm', () => {
      expect(verifyDraw({ ...published, parameters: { ...parameters, departmentCodes: [] } }).problems).toContain('drawing again gives a different result hash');
      expect(verifyDraw({ ...published, algorithm: 'zj-draw-1' } as any).ok).toBe(false);
    });
  });
});

describe('zj-draw-3: experts for items that need them (监管资源)', () => {
  const algorithm = DRAW_ALGORITHM_WITH_EXPERTS;
  const experts = [
    { id: '1', fields: ['food'] },
    { id: '2', fields: ['food', 'drugs'] },
    { id: '3', fields: ['specialEquipment'] },
    { id: '4', fields: ['food'] },
  ];
  const withExperts = (p: PoolSnapshot, expertRecusals: PoolSnapshot['expertRecusals'] = []): PoolSnapshot => ({ ...p, experts, expertRecusals });
  const params = { strata: [{ key: 'all', count: 30 }], teamSize: 2, expertFields: ['food'] };

  it('adds one expert competent in the field to every staffed team, and never one recused for the entity, over many seeds', () => {
    const p = pool(30, 6, ['all'], algorithm);
    const recused = p.entities.slice(0, 10).map((e) => ({ expert: '2', creditCode: e.creditCode }));
    const seen = new Set<string>();
    for (let n = 0; n < 40; n++) {
      for (const i of draw(params, withExperts(p, recused), seedOf(n), algorithm).inspections) {
        expect(i.team).toHaveLength(2);
        expect(i.experts).toHaveLength(1);
        expect(['1', '2', '4']).toContain(i.experts![0]);
        if (recused.some((r) => r.creditCode === i.creditCode)) expect(i.experts).not.toContain('2');
        seen.add(i.experts![0]);
      }
    }
    // Every competent expert is drawn at some point; the special-equipment expert never is.
    expect([...seen].sort()).toEqual(['1', '2', '4']);
  });

  it('draws the same inspectors as zj-draw-2 from the same pool and seed', () => {
    const p = pool(30, 6, ['all'], 'zj-draw-2');
    const two = draw({ strata: params.strata, teamSize: 2 }, p, seedOf(7), 'zj-draw-2');
    const three = draw(params, withExperts(p), seedOf(7), algorithm);
    expect(three.inspections.map((i) => i.team)).toEqual(two.inspections.map((i) => i.team));
  });

  it('says so when no expert of the field is eligible, and the inspectors still go', () => {
    const p = pool(5, 4, ['all'], algorithm);
    const result = draw({ ...params, expertFields: ['metrology'] }, withExperts(p), seedOf(1), algorithm);
    expect(result.inspections.every((i) => i.team.length === 2 && i.experts!.length === 0 && /metrology/.test(i.expertShortfall!))).toBe(true);
  });

  it('is refused by the earlier algorithms, and verifies: a changed expert pool fails', () => {
    const p = withExperts(pool(10, 4, ['all'], algorithm));
    expect(() => draw(params, p, seedOf(1), 'zj-draw-2')).toThrow(/expertFields needs zj-draw-3/);
    const seeds = seedOf(3);
    const result = draw(params, p, seeds, algorithm);
    const published = { algorithm, parameters: params, pool: p, seeds, seedHashes: commitSeeds(seeds), poolHash: poolHash(p), result };
    expect(verifyDraw(published)).toEqual({ ok: true, problems: [] });
    const tampered = { ...published, pool: { ...p, expertRecusals: [{ expert: result.inspections[0].experts![0], creditCode: result.inspections[0].creditCode }] } };
    expect(verifyDraw(tampered).ok).toBe(false);
  });

  it('an earlier pool without experts hashes as it always did', () => {
    const p = pool(10, 4, ['all'], 'zj-draw-2');
    expect(poolHash(p)).toBe(poolHash({ ...p, experts: undefined }));
    expect(poolHash(p)).not.toBe(poolHash({ ...p, experts: [] }));
  });
});

describe('zj-draw-3 is unchanged by zj-draw-4', () => {
  // Recorded with zj-draw-3 before zj-draw-4 existed: a plan committed under zj-draw-3 (experts, an expert recusal,
  // an unstaffed entity, an expert shortfall) must still draw, and verify, to exactly these hashes.
  const p: PoolSnapshot = {
    entities: Array.from({ length: 8 }, (_, i) => ({ creditCode: `E${String(i).padStart(6, '0')}`, stratum: 'all' })),
    inspectors: ['I0000', 'I0001', 'I0002', 'I0003'].map((credentialNo) => ({ credentialNo, departmentCode: 'SCJGJ' })),
    recusals: [{ inspector: 'I0000', creditCode: 'E000001' }, { inspector: 'I0001', creditCode: 'E000001' }, { inspector: 'I0002', creditCode: 'E000001' }],
    experts: [{ id: '1', fields: ['food'] }, { id: '2', fields: ['drugs', 'food'] }, { id: '3', fields: ['food'] }],
    expertRecusals: [{ expert: '2', creditCode: 'E000003' }],
  };
  const parameters = { strata: [{ key: 'all', count: 8 }], teamSize: 2, departmentCodes: [], expertFields: ['food', 'metrology'] };
  const seed = seedOf(11);

  it('draws the recorded hashes for a fixed seed', () => {
    const r = draw(parameters, p, seed, 'zj-draw-3');
    expect(r.poolHash).toBe('d7d52dd7bc89acfd3aceb13408eda68e0029e60a3a0624218fc25b8555a9dfbc');
    const shortfall = 'no eligible expert in field metrology';
    expect(r.inspections).toEqual([
      { creditCode: 'E000006', stratum: 'all', team: ['I0001', 'I0000'], experts: ['3'], expertShortfall: shortfall },
      { creditCode: 'E000007', stratum: 'all', team: ['I0003', 'I0002'], experts: ['3'], expertShortfall: shortfall },
      { creditCode: 'E000000', stratum: 'all', team: ['I0002', 'I0003'], experts: ['1'], expertShortfall: shortfall },
      { creditCode: 'E000002', stratum: 'all', team: ['I0001', 'I0003'], experts: ['2'], expertShortfall: shortfall },
      { creditCode: 'E000001', stratum: 'all', team: [], unstaffed: 'only 1 eligible inspector(s) for a team of 2' },
      { creditCode: 'E000004', stratum: 'all', team: ['I0000', 'I0001'], experts: ['1'], expertShortfall: shortfall },
      { creditCode: 'E000005', stratum: 'all', team: ['I0000', 'I0003'], experts: ['2'], expertShortfall: shortfall },
      // Expert 2 declared a conflict with E000003.
      { creditCode: 'E000003', stratum: 'all', team: ['I0001', 'I0002'], experts: ['3'], expertShortfall: shortfall },
    ]);
    expect(r.resultHash).toBe('7d2609c08bea6dbaa9f1c4f12e94c2dbc9f50d579751e7fa0f12701a5ff8b3fb');
    expect(r.inspections.every((i) => i.thirdParties === undefined && i.thirdPartyShortfall === undefined)).toBe(true);
  });

  it('verifies as zj-draw-3; a pool without third-party bodies hashes as it did', () => {
    const result = draw(parameters, p, seed, 'zj-draw-3');
    expect(verifyDraw({ algorithm: 'zj-draw-3', parameters, pool: p, seeds: seed, seedHashes: commitSeeds(seed), poolHash: poolHash(p), result })).toEqual({ ok: true, problems: [] });
    expect(poolHash({ ...p, thirdParties: undefined })).toBe(poolHash(p));
    expect(poolHash({ ...p, thirdParties: [] })).not.toBe(poolHash(p));
  });
});

describe('zj-draw-4: third-party bodies for items that need them (第三方机构)', () => {
  const algorithm = DRAW_ALGORITHM_WITH_THIRD_PARTIES;
  const experts = [{ id: '1', fields: ['food'] }, { id: '2', fields: ['food'] }];
  const bodies = [
    { creditCode: 'T00000000000000001', fields: ['food'] },
    { creditCode: 'T00000000000000002', fields: ['drugs', 'food'] },
    { creditCode: 'T00000000000000003', fields: ['specialEquipment'] },
    { creditCode: 'T00000000000000004', fields: ['food'] },
  ];
  const withBodies = (p: PoolSnapshot, thirdPartyRecusals: PoolSnapshot['thirdPartyRecusals'] = [], thirdParties = bodies): PoolSnapshot => ({ ...p, experts, expertRecusals: [], thirdParties, thirdPartyRecusals });
  const params = { strata: [{ key: 'all', count: 30 }], teamSize: 2, expertFields: ['food'], thirdPartyFields: ['food'] };
  const withoutBodies = (i: DrawnInspection) => {
    const { thirdParties: _t, thirdPartyShortfall: _s, ...rest } = i;
    return rest;
  };

  it('assigns one body competent in the field to every staffed team, never one in conflict with the entity, over many seeds', () => {
    const p = pool(30, 6, ['all'], algorithm);
    const recused = p.entities.slice(0, 10).map((e) => ({ thirdParty: 'T00000000000000002', creditCode: e.creditCode }));
    const seen = new Set<string>();
    for (let n = 0; n < 40; n++) {
      for (const i of draw(params, withBodies(p, recused), seedOf(n), algorithm).inspections) {
        expect(i.team).toHaveLength(2);
        expect(i.thirdParties).toHaveLength(1);
        expect(['T00000000000000001', 'T00000000000000002', 'T00000000000000004']).toContain(i.thirdParties![0]);
        if (recused.some((r) => r.creditCode === i.creditCode)) expect(i.thirdParties).not.toContain('T00000000000000002');
        expect(i.thirdPartyShortfall).toBeUndefined();
        seen.add(i.thirdParties![0]);
      }
    }
    // Every competent body is assigned at some point; the special-equipment body never is.
    expect([...seen].sort()).toEqual(['T00000000000000001', 'T00000000000000002', 'T00000000000000004']);
  });

  it('gives every eligible body the same chance (chi-square, 2 degrees of freedom)', () => {
    const p = withBodies(pool(1, 2, ['all'], algorithm));
    const counts = new Map<string, number>();
    for (let n = 0; n < 3000; n++) {
      const [i] = draw({ ...params, strata: [{ key: 'all', count: 1 }] }, p, seedOf(n), algorithm).inspections;
      counts.set(i.thirdParties![0], (counts.get(i.thirdParties![0]) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['T00000000000000001', 'T00000000000000002', 'T00000000000000004']);
    // The 0.999 quantile of chi-square(2) is 13.8.
    expect(chiSquare([...counts.values()])).toBeLessThan(13.8);
  });

  it('draws exactly the inspectors and experts zj-draw-3 draws from the same pool and seed', () => {
    const p = withBodies(pool(30, 6, ['all'], algorithm));
    for (const n of [1, 2, 3]) {
      const three = draw({ strata: params.strata, teamSize: 2, expertFields: ['food'] }, { ...p, thirdParties: undefined, thirdPartyRecusals: undefined }, seedOf(n), 'zj-draw-3');
      const four = draw(params, p, seedOf(n), algorithm);
      expect(four.inspections.map(withoutBodies)).toEqual(three.inspections);
    }
  });

  it('is deterministic: the same pool in any order gives the same draw; another seed another', () => {
    const p = withBodies(pool(30, 6, ['all'], algorithm));
    const shuffled = { ...p, thirdParties: [...bodies].reverse().map((b) => ({ ...b, fields: [...b.fields].reverse() })) };
    expect(draw(params, shuffled, seedOf(5), algorithm)).toEqual(draw(params, p, seedOf(5), algorithm));
    const bodiesOf = (n: number) => draw(params, p, seedOf(n), algorithm).inspections.map((i) => i.thirdParties);
    expect(bodiesOf(5)).not.toEqual(bodiesOf(6));
  });

  it('never assigns a body to check itself, and gives different bodies for different fields, fields in ascending order', () => {
    const self = 'T00000000000000001';
    const p: PoolSnapshot = { ...withBodies(pool(0, 4, ['all'], algorithm)), entities: [{ creditCode: self, stratum: 'all' }] };
    for (let n = 0; n < 30; n++) {
      const [i] = draw({ ...params, thirdPartyFields: ['food', 'drugs'] }, p, seedOf(n), algorithm).inspections;
      // drugs first: only body 2 is competent; food then from 1 and 4, minus the entity itself (1).
      expect(i.thirdParties).toEqual(['T00000000000000002', 'T00000000000000004']);
    }
  });

  it('says so when no body of the field is eligible, and the team still goes with its expert', () => {
    const p = pool(5, 4, ['all'], algorithm);
    const everyone = p.entities.flatMap((e) => bodies.map((b) => ({ thirdParty: b.creditCode, creditCode: e.creditCode })));
    const result = draw(params, withBodies(p, everyone), seedOf(1), algorithm);
    expect(result.inspections).toHaveLength(5);
    for (const i of result.inspections) {
      expect(i.team).toHaveLength(2);
      expect(i.experts).toHaveLength(1);
      expect(i.thirdParties).toEqual([]);
      expect(i.thirdPartyShortfall).toBe('no eligible third-party body in field food');
    }
    const metrology = draw({ ...params, thirdPartyFields: ['food', 'metrology'] }, withBodies(p), seedOf(1), algorithm);
    expect(metrology.inspections.every((i) => i.thirdParties!.length === 1 && i.thirdPartyShortfall === 'no eligible third-party body in field metrology')).toBe(true);
  });

  it('an entity without a team gets no body', () => {
    const p = withBodies(pool(3, 2, ['all'], algorithm));
    const recusals = [{ inspector: 'I0000', creditCode: 'E000000' }];
    const [unstaffed] = draw({ ...params, strata: [{ key: 'all', count: 3 }] }, { ...p, recusals }, seedOf(1), algorithm).inspections.filter((i) => i.creditCode === 'E000000');
    expect(unstaffed).toEqual({ creditCode: 'E000000', stratum: 'all', team: [], unstaffed: 'only 1 eligible inspector(s) for a team of 2' });
  });

  it('is refused by the earlier algorithms, refuses a malformed pool, and verifies: a changed body pool fails', () => {
    const p = withBodies(pool(10, 4, ['all'], algorithm));
    for (const earlier of ['zj-draw-2', 'zj-draw-3'] as const) expect(() => draw(params, p, seedOf(1), earlier)).toThrow(/thirdPartyFields needs zj-draw-4/);
    expect(() => draw(params, { ...p, thirdParties: undefined }, seedOf(1), algorithm)).toThrow(/lists its third-party bodies/);
    expect(() => draw(params, { ...p, thirdParties: [bodies[0], bodies[0]] }, seedOf(1), algorithm)).toThrow(/appears twice/);
    expect(() => draw(params, { ...p, thirdParties: [{ creditCode: 'X', fields: 'food' } as any] }, seedOf(1), algorithm)).toThrow(/\{ creditCode, fields \}/);
    expect(() => draw({ ...params, thirdPartyFields: 'food' as any }, p, seedOf(1), algorithm)).toThrow(/thirdPartyFields must be a list of fields/);
    // Without experts needed, the pool lists none and the teams get an empty list of experts, as zj-draw-3 would.
    const bodiesOnly = draw({ ...params, expertFields: undefined }, { ...p, experts: [] }, seedOf(1), algorithm);
    expect(bodiesOnly.inspections.every((i) => i.experts!.length === 0 && i.thirdParties!.length === 1)).toBe(true);

    const seeds = seedOf(3);
    const result = draw(params, p, seeds, algorithm);
    const published = { algorithm, parameters: params, pool: p, seeds, seedHashes: commitSeeds(seeds), poolHash: poolHash(p), result };
    expect(verifyDraw(published)).toEqual({ ok: true, problems: [] });
    const first = result.inspections[0];
    const conflicted = { ...published, pool: { ...p, thirdPartyRecusals: [{ thirdParty: first.thirdParties![0], creditCode: first.creditCode }] } };
    expect(verifyDraw(conflicted).problems).toEqual(expect.arrayContaining(['the pool snapshot does not match its published hash', 'drawing again gives a different result hash']));
    const swapped = structuredClone(result);
    swapped.inspections[0].thirdParties = ['T00000000000000003'];
    expect(verifyDraw({ ...published, result: swapped }).problems).toContain('drawing again gives different entities or teams');
    // Relabelled as zj-draw-3, the bodies it cannot draw are refused, not silently dropped.
    expect(verifyDraw({ ...published, algorithm: 'zj-draw-3' }).problems).toEqual(['the draw cannot be repeated: zj-draw-3 does not assign third-party bodies (thirdPartyFields needs zj-draw-4)']);
  });
});

describe('sha256 of a long text', () => {
  it('is the hash of its whole UTF-8, however the text is cut into pieces to hash', () => {
    // Longer than one piece (2^20 units), with a character of two UTF-16 units across the first cut.
    const text = 'a'.repeat((1 << 20) - 1) + '😀' + '上海枫泾'.repeat(1000);
    expect(sha256(text)).toBe(hex(text));
    expect(sha256(Buffer.from(text, 'utf8'))).toBe(hex(text));
  });
});
