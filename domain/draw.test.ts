import crypto from 'node:crypto';
import { commitSeeds, draw, DRAW_ALGORITHM, poolHash, SeededStream, validateParameters, verifyDraw, type PoolSnapshot } from './draw';

const hex = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const seedOf = (n: number) => ({ entities: hex(`entities-${n}`), teams: hex(`teams-${n}`) });

function pool(entities: number, inspectors: number, strata = ['A', 'B', 'C', 'D']): PoolSnapshot {
  return {
    entities: Array.from({ length: entities }, (_, i) => ({ creditCode: `E${String(i).padStart(6, '0')}`, stratum: strata[i % strata.length] })),
    inspectors: Array.from({ length: inspectors }, (_, i) => `I${String(i).padStart(4, '0')}`),
    recusals: [],
  };
}

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const expected = counts.reduce((a, b) => a + b, 0) / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('draw (双随机)', () => {
  describe('determinism', () => {
    it('the same pool, parameters and seed give the same entities and teams, whatever order the pool is read in', () => {
      const p = pool(400, 12);
      const shuffled = { ...p, entities: [...p.entities].reverse(), inspectors: [...p.inspectors].reverse() };
      const params = { strata: [{ key: 'A', ratio: 0.1 }, { key: 'D', count: 7 }], teamSize: 2 };
      const a = draw(params, p, seedOf(1));
      const b = draw(params, shuffled, seedOf(1));
      expect(b).toEqual(a);
      expect(a.strata).toEqual([{ key: 'A', poolSize: 100, drawn: 10 }, { key: 'D', poolSize: 100, drawn: 7 }]);
    });

    it('a different seed gives a different draw', () => {
      const params = { strata: [{ key: 'A', ratio: 0.1 }], teamSize: 2 };
      expect(draw(params, pool(400, 12), seedOf(1)).inspections).not.toEqual(draw(params, pool(400, 12), seedOf(2)).inspections);
    });

    it('one stratum’s draw does not depend on another stratum’s parameters', () => {
      const p = pool(400, 12);
      const a = draw({ strata: [{ key: 'A', ratio: 0.1 }, { key: 'B', count: 3 }], teamSize: 2 }, p, seedOf(3));
      const b = draw({ strata: [{ key: 'A', ratio: 0.1 }, { key: 'B', count: 30 }], teamSize: 2 }, p, seedOf(3));
      expect(b.inspections.filter((i) => i.stratum === 'A')).toEqual(a.inspections.filter((i) => i.stratum === 'A'));
    });
  });

  describe('uniformity', () => {
    it('every entity of a stratum has the same chance across many seeds (chi-square, 49 degrees of freedom)', () => {
      const p = pool(50, 4, ['all']);
      const counts = new Array(50).fill(0);
      const runs = 4000;
      for (let s = 0; s < runs; s++) {
        for (const i of draw({ strata: [{ key: 'all', count: 5 }], teamSize: 2 }, p, seedOf(s)).inspections) counts[Number(i.creditCode.slice(1))]++;
      }
      // Each entity is expected 400 times; the 0.999 quantile of chi-square(49) is 85.4.
      expect(chiSquare(counts)).toBeLessThan(85.4);
    });

    it('every eligible inspector has the same chance to be on a team', () => {
      const p = pool(1, 10, ['all']);
      const counts = new Array(10).fill(0);
      for (let s = 0; s < 5000; s++) {
        for (const m of draw({ strata: [{ key: 'all', count: 1 }], teamSize: 2 }, p, seedOf(s)).inspections[0].team) counts[Number(m.slice(1))]++;
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
      const p = pool(20, 4, ['all']);
      p.recusals = p.entities.flatMap((e, i) => [{ inspector: `I000${i % 4}`, creditCode: e.creditCode }]);
      for (let s = 0; s < 300; s++) {
        for (const i of draw({ strata: [{ key: 'all', ratio: 0.5 }], teamSize: 2 }, p, seedOf(s)).inspections) {
          expect(i.team).not.toContain(`I000${Number(i.creditCode.slice(1)) % 4}`);
          expect(i.team).toHaveLength(2);
        }
      }
    });

    it('when recusal leaves too few inspectors, says the entity cannot be staffed instead of breaking a rule', () => {
      const p = pool(1, 3, ['all']);
      p.recusals = [{ inspector: 'I0000', creditCode: 'E000000' }, { inspector: 'I0001', creditCode: 'E000000' }];
      const r = draw({ strata: [{ key: 'all', count: 1 }], teamSize: 2 }, p, seedOf(1));
      expect(r.inspections[0]).toEqual({ creditCode: 'E000000', stratum: 'all', team: [], unstaffed: 'only 1 eligible inspector(s) for a team of 2' });
    });
  });

  describe('parameters', () => {
    it('refuses a team of one, a ratio above 1, a stratum given twice and a stratum with both ratio and count', () => {
      expect(validateParameters({ strata: [{ key: 'A', ratio: 0.1 }], teamSize: 1 })).toHaveLength(1);
      expect(validateParameters({ strata: [{ key: 'A', ratio: 1.5 }], teamSize: 2 })).toHaveLength(1);
      expect(validateParameters({ strata: [{ key: 'A', ratio: 0.1 }, { key: 'A', count: 1 }], teamSize: 2 })).toHaveLength(1);
      expect(validateParameters({ strata: [{ key: 'A', ratio: 0.1, count: 3 }], teamSize: 2 })).toHaveLength(1);
      expect(() => draw({ strata: [], teamSize: 2 }, pool(1, 2), seedOf(1))).toThrow(RangeError);
    });

    it('rounds a ratio up, so a small stratum is never skipped', () => {
      expect(draw({ strata: [{ key: 'A', ratio: 0.05 }], teamSize: 2 }, pool(12, 4), seedOf(1)).strata[0]).toEqual({ key: 'A', poolSize: 3, drawn: 1 });
    });
  });

  describe('verification', () => {
    const parameters = { strata: [{ key: 'A', ratio: 0.2 }, { key: 'B', count: 4 }], teamSize: 2 };
    const seed = seedOf(42);
    const p = pool(200, 8);
    const result = draw(parameters, p, seed);
    const published = { algorithm: DRAW_ALGORITHM, parameters, pool: p, seeds: seed, seedHashes: commitSeeds(seed), poolHash: poolHash(p), result };

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
      const other = draw(parameters, p, { ...seed, teams: seedOf(44).teams });
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
