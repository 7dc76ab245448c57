"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonColumn = jsonColumn;
const sequelize_1 = require("sequelize");
/** A TEXT column holding JSON, the same on SQLite and MySQL (MySQL's JSON type has no SQLite twin). */
function jsonColumn(name, allowNull = true, fallback = null) {
    return {
        type: sequelize_1.DataTypes.TEXT,
        allowNull,
        get() {
            const raw = this.getDataValue(name);
            return raw == null ? fallback : JSON.parse(raw);
        },
        set(value) {
            this.setDataValue(name, value == null ? null : JSON.stringify(value));
        },
    };
}
//# sourceMappingURL=json.js.map