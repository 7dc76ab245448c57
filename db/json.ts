import { DataTypes, ModelAttributeColumnOptions } from 'sequelize';

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
