import type { Db } from '../index';
import { tables } from '../schema';
import type { Migration } from './index';

// Every table, column and index in db/schema.ts carries the schema version that introduced it (1 when not
// said). Migration N creates what version N introduced, so the schema file stays the one description and a
// fresh database and an upgraded one end up the same. A released version's entries are never edited.

export function schemaStep(version: number, name: string, after?: (db: Db) => Promise<void>, before?: (db: Db) => Promise<void>): Migration {
  return {
    name,
    async up(db) {
      const qi = db.sequelize.getQueryInterface();
      await before?.(db);
      for (const t of tables) {
        const tableSince = t.since ?? 1;
        if (tableSince > version) continue;
        const all = db.models[t.name].getAttributes();
        const columnSince = (c: string) => t.columnsSince?.[c] ?? tableSince;
        if (tableSince === version) {
          const attrs = Object.fromEntries(Object.entries(all).filter(([c]) => columnSince(c) === version));
          await qi.createTable(t.name, attrs, { charset: 'utf8mb4' } as any);
        } else {
          for (const [c, a] of Object.entries(all)) if (columnSince(c) === version) await qi.addColumn(t.name, c, a);
        }
        for (const ix of t.indexes ?? []) {
          if ((ix.since ?? tableSince) === version) await qi.addIndex(t.name, { fields: ix.fields, name: ix.name, unique: ix.unique });
        }
      }
      await after?.(db);
    },
    async down(db) {
      const qi = db.sequelize.getQueryInterface();
      for (const t of [...tables].reverse()) {
        const tableSince = t.since ?? 1;
        for (const ix of t.indexes ?? []) if (tableSince < version && ix.since === version) await qi.removeIndex(t.name, ix.name);
        if (tableSince === version) await qi.dropTable(t.name);
        else if (tableSince < version) for (const [c, v] of Object.entries(t.columnsSince ?? {})) if (v === version) await qi.removeColumn(t.name, c);
      }
    },
  };
}
