import type { Db } from '../index';
import { tables } from '../schema';

/**
 * SQLite cannot change a column's nullability: rebuild `tasks` from its current definition, keeping
 * every row, then restore its indexes (the documented 12-step table change, in one transaction).
 */
export async function rebuildSqliteTasks(db: Db, version: number): Promise<void> {
  const qi = db.sequelize.getQueryInterface();
  const def = tables.find((t) => t.name === 'tasks')!;
  // As the table stood at `version`: later columns and indexes are added by their own migrations.
  const attributes = Object.fromEntries(Object.entries(db.models.tasks.getAttributes()).filter(([c]) => (def.columnsSince?.[c] ?? 1) <= version));
  await db.sequelize.transaction(async (transaction) => {
    await qi.createTable('tasks_rebuilt', attributes, { transaction });
    const columns = Object.keys(attributes).map((c) => `"${c}"`).join(', ');
    await db.sequelize.query(`INSERT INTO tasks_rebuilt (${columns}) SELECT ${columns} FROM tasks`, { transaction });
    await qi.dropTable('tasks', { transaction });
    await qi.renameTable('tasks_rebuilt', 'tasks', { transaction });
    for (const ix of (def.indexes ?? []).filter((i) => (i.since ?? 1) <= version)) await qi.addIndex('tasks', { fields: ix.fields, name: ix.name, unique: ix.unique, transaction });
  });
}
