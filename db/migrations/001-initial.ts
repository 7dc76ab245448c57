import type { Migration } from './index';
import { tables } from '../schema';

export const initial: Migration = {
  name: '001-initial',
  async up(db) {
    const qi = db.sequelize.getQueryInterface();
    for (const t of tables) {
      await qi.createTable(t.name, db.models[t.name].getAttributes(), { charset: 'utf8mb4' } as any);
      for (const ix of t.indexes ?? []) await qi.addIndex(t.name, ix.fields, { name: ix.name, unique: ix.unique });
    }
    await db.models.audit_head.create({ id: 1, lastId: 0, lastHash: '0'.repeat(64) });
  },
  async down(db) {
    const qi = db.sequelize.getQueryInterface();
    for (const t of [...tables].reverse()) await qi.dropTable(t.name);
  },
};
