"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.appendAudit = appendAudit;
exports.verifyAudit = verifyAudit;
const node_crypto_1 = __importDefault(require("node:crypto"));
const sequelize_1 = require("sequelize");
function hashOf(r) {
    const canonical = JSON.stringify([r.id, r.at.toISOString(), r.actorType, r.actor, r.action, r.targetType, r.targetId, JSON.stringify(r.detail), r.prevHash]);
    return node_crypto_1.default.createHash('sha256').update(canonical).digest('hex');
}
/** Appends one entry; inside `t` when given (so the entry commits with the change it records). */
async function appendAudit(db, entry, t) {
    const write = async (tx) => {
        // Locking the single head row orders concurrent appends on MySQL; SQLite's IMMEDIATE lock does the same.
        const head = await db.models.audit_head.findByPk(1, { transaction: tx, lock: db.dialect === 'mysql' ? tx.LOCK.UPDATE : undefined });
        if (!head)
            throw new Error('audit_head row missing: run the migrations');
        const row = {
            id: head.get('lastId') + 1,
            at: new Date(Math.floor(Date.now())),
            detail: entry.detail ?? {},
            prevHash: head.get('lastHash'),
            actorType: entry.actorType,
            actor: entry.actor,
            action: entry.action,
            targetType: entry.targetType,
            targetId: entry.targetId,
        };
        const hash = hashOf(row);
        await db.models.audit_log.create({ ...row, detail: JSON.stringify(row.detail), hash }, { transaction: tx });
        await head.update({ lastId: row.id, lastHash: hash }, { transaction: tx });
    };
    if (t)
        return write(t);
    return db.writeTransaction(write);
}
/** Walks the whole chain in id order; reports every row that was edited, removed or inserted. */
async function verifyAudit(db, batchSize = 5000) {
    const problems = [];
    let expectedId = 1;
    let prevHash = '0'.repeat(64);
    let checked = 0;
    for (let lastId = 0;;) {
        const rows = await db.models.audit_log.findAll({
            where: { id: { [sequelize_1.Op.gt]: lastId } },
            order: [['id', 'ASC']],
            limit: batchSize,
            raw: true,
        });
        if (rows.length === 0)
            break;
        for (const r of rows) {
            if (r.id !== expectedId) {
                problems.push({ id: expectedId, problem: 'missing', message: `rows ${expectedId}…${r.id - 1} are missing` });
            }
            const row = { ...r, at: new Date(r.at), detail: JSON.parse(r.detail) };
            if (r.prevHash !== prevHash)
                problems.push({ id: r.id, problem: 'brokenLink', message: `row ${r.id} does not follow the row before it` });
            if (hashOf(row) !== r.hash)
                problems.push({ id: r.id, problem: 'hashMismatch', message: `row ${r.id} was changed after it was written` });
            prevHash = r.hash;
            expectedId = r.id + 1;
            checked++;
            lastId = r.id;
        }
    }
    const head = await db.models.audit_head.findByPk(1, { raw: true });
    if (head && (head.lastId !== expectedId - 1 || head.lastHash !== prevHash)) {
        problems.push({ id: head.lastId, problem: 'headMismatch', message: `the last ${head.lastId - (expectedId - 1)} row(s) were removed or the head was changed` });
    }
    return { checked, problems };
}
//# sourceMappingURL=audit.js.map