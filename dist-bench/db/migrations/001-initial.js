"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.initial = void 0;
const schema_1 = require("../schema");
exports.initial = {
    name: '001-initial',
    async up(db) {
        const qi = db.sequelize.getQueryInterface();
        for (const t of schema_1.tables) {
            await qi.createTable(t.name, db.models[t.name].getAttributes(), { charset: 'utf8mb4' });
            for (const ix of t.indexes ?? [])
                await qi.addIndex(t.name, ix.fields, { name: ix.name, unique: ix.unique });
        }
        await db.models.audit_head.create({ id: 1, lastId: 0, lastHash: '0'.repeat(64) });
    },
    async down(db) {
        const qi = db.sequelize.getQueryInterface();
        for (const t of [...schema_1.tables].reverse())
            await qi.dropTable(t.name);
    },
};
//# sourceMappingURL=001-initial.js.map