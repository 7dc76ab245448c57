import { Op } from 'sequelize';
import { migrate, openDb, type Db } from './index';
import { appendAudit, readAuditHead, verifyAudit } from './audit';
import { testDatabases } from '../test/support/databases';

describe.each(testDatabases)('audit log on $name', (database) => {
  let db: Db;
  let url: string;
  beforeEach(async () => {
    url = await database.create();
    db = await openDb(url);
    await migrate(db);
    for (let i = 1; i <= 5; i++) {
      await appendAudit(db, { actorType: 'user', actor: 'clerk', action: 'task.completed', targetType: 'task', targetId: String(i), detail: { outcome: 'received' } });
    }
  });
  afterEach(async () => {
    await db.close();
    await database.drop(url);
  });

  it('verifies an untouched chain', async () => {
    expect(await verifyAudit(db)).toEqual({ checked: 5, problems: [] });
  });

  it('chains concurrent appends without gaps', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(db, { actorType: 'system', actor: 'x', action: 'a', targetType: 't', targetId: String(i) })));
    expect(await verifyAudit(db)).toEqual({ checked: 25, problems: [] });
  });

  it('a verification racing appends reports nothing: rows appended while it walks are walked too, not taken for a removal', async () => {
    let appending = true;
    const appends = (async () => {
      for (let i = 0; appending && i < 400; i++) await appendAudit(db, { actorType: 'system', actor: 'x', action: 'a', targetType: 't', targetId: `race-${i}` });
    })();
    try {
      // A batch of one row makes each walk long enough for appends to land between its reads and the head's.
      for (let run = 0; run < 6; run++) expect((await verifyAudit(db, { batchSize: 1 })).problems).toEqual([]);
    } finally {
      appending = false;
      await appends;
    }
    expect((await verifyAudit(db)).problems).toEqual([]);
  });

  it('finds an edited row', async () => {
    await db.models.audit_log.update({ actor: 'someone-else' }, { where: { id: 3 } });
    const r = await verifyAudit(db);
    expect(r.problems).toEqual([expect.objectContaining({ id: 3, problem: 'hashMismatch' })]);
  });

  it('finds a deleted row in the middle', async () => {
    await db.models.audit_log.destroy({ where: { id: 2 } });
    const problems = (await verifyAudit(db)).problems.map((p) => p.problem);
    expect(problems).toEqual(expect.arrayContaining(['missing', 'brokenLink']));
  });

  it('finds a deleted last row', async () => {
    await db.models.audit_log.destroy({ where: { id: 5 } });
    expect((await verifyAudit(db)).problems).toEqual([expect.objectContaining({ problem: 'headMismatch' })]);
  });

  describe('rows cut off the end with the head moved back', () => {
    // What a tester did: the remaining chain is consistent, so only a head kept elsewhere shows the loss.
    async function cutBackTo(lastId: number) {
      const last = (await db.models.audit_log.findByPk(lastId, { raw: true })) as any;
      await db.models.audit_log.destroy({ where: { id: { [Op.gt]: lastId } } });
      await db.models.audit_head.update({ lastId, lastHash: last.hash }, { where: { id: 1 } });
    }

    it('are found against a checkpoint taken before', async () => {
      const checkpoint = await readAuditHead(db);
      await cutBackTo(3);
      expect((await verifyAudit(db, { anchors: [checkpoint] })).problems).toEqual([expect.objectContaining({ id: 5, problem: 'truncated' })]);
    });

    it('are found when new rows were written after the cut, because the checkpointed row differs', async () => {
      const checkpoint = await readAuditHead(db);
      await cutBackTo(3);
      for (let i = 0; i < 4; i++) await appendAudit(db, { actorType: 'system', actor: 'x', action: 'a', targetType: 't', targetId: String(i) });
      expect((await verifyAudit(db, { anchors: [checkpoint] })).problems).toEqual([expect.objectContaining({ id: 5, problem: 'truncated' })]);
    });

    it('go unnoticed without a checkpoint: the chain that remains is consistent (why the anchor lives in Temporal)', async () => {
      await cutBackTo(3);
      expect(await verifyAudit(db)).toEqual({ checked: 3, problems: [] });
    });

    it('a checkpoint of rows still there, followed by more rows, is no problem', async () => {
      const checkpoint = await readAuditHead(db);
      await appendAudit(db, { actorType: 'system', actor: 'x', action: 'a', targetType: 't', targetId: 'later' });
      expect(await verifyAudit(db, { anchors: [checkpoint] })).toEqual({ checked: 6, problems: [] });
    });
  });

  it('finds a row rewritten with a recomputed hash, because the next row still links to the old one', async () => {
    await db.models.audit_log.update({ detail: '{"outcome":"forged"}', hash: 'f'.repeat(64) }, { where: { id: 2 } });
    const problems = (await verifyAudit(db)).problems;
    expect(problems.map((p) => [p.id, p.problem])).toEqual(expect.arrayContaining([[2, 'hashMismatch'], [3, 'brokenLink']]));
  });
});
