import { DataTypes, ModelAttributeColumnOptions } from 'sequelize';
import type { Db } from './index';

/** A TEXT column holding JSON, the same on SQLite and MySQL (MySQL's JSON type has no SQLite twin). */
export function jsonColumn(name: string, allowNull = true, fallback: unknown = null): ModelAttributeColumnOptions {
  return {
    type: DataTypes.TEXT,
    allowNull,
    get(this: any) {
      const raw = this.getDataValue(name);
      return raw == null ? fallback : JSON.parse(raw);
    },
    set(this: any, value: unknown) {
      this.setDataValue(name, value == null ? null : JSON.stringify(value));
    },
  };
}

/**
 * The items of a JSON array held in a TEXT column (jsonColumn) as a table to join (`FROM t, <from>`), and an
 * expression for each field of an item ('' for the item itself): SQLite's json_each, MySQL's JSON_TABLE.
 */
export function jsonItems(db: Db, column: string, arrayPath: string, fields: string[], alias = 'j'): { from: string; field: (name: string) => string } {
  if (db.dialect === 'sqlite') return { from: `json_each(${column}, '${arrayPath}') ${alias}`, field: (f) => (f ? `json_extract(${alias}.value, '$.${f}')` : `${alias}.value`) };
  const columns = fields.map((f) => `${f || 'item'} VARCHAR(64) PATH '$${f ? `.${f}` : ''}'`).join(', ');
  return { from: `JSON_TABLE(${column}, '${arrayPath}[*]' COLUMNS(${columns})) ${alias}`, field: (f) => `${alias}.${f || 'item'}` };
}

/** One field of a JSON object held in a TEXT column, as text or a number. */
export const jsonValue = (db: Db, column: string, path: string) => (db.dialect === 'sqlite' ? `json_extract(${column}, '${path}')` : `JSON_UNQUOTE(JSON_EXTRACT(${column}, '${path}'))`);
