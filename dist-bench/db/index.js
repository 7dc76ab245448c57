"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.connectDb = connectDb;
exports.migrate = migrate;
exports.openDb = openDb;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const sequelize_1 = require("sequelize");
const umzug_1 = require("umzug");
const schema_1 = require("./schema");
const migrations_1 = require("./migrations");
/** Connects to `sqlite:<file>` (embedded default) or `mysql://…` and defines every model. */
function connectDb(url, options = {}) {
    let sequelize;
    let dialect;
    if (url.startsWith('sqlite:')) {
        const storage = url.slice('sqlite:'.length) || ':memory:';
        if (storage !== ':memory:')
            node_fs_1.default.mkdirSync(node_path_1.default.dirname(node_path_1.default.resolve(storage)), { recursive: true });
        dialect = 'sqlite';
        sequelize = new sequelize_1.Sequelize({
            dialect: 'sqlite',
            storage,
            logging: options.logging ? console.log : false,
            // The worker and the API are separate processes on one file: wait for a lock instead of failing.
            retry: { max: 10, match: [/SQLITE_BUSY/] },
        });
    }
    else {
        dialect = 'mysql';
        sequelize = new sequelize_1.Sequelize(url, {
            dialect: 'mysql',
            logging: options.logging ? console.log : false,
            timezone: '+00:00',
            pool: { max: 10, min: 0, idle: 10_000 },
            dialectOptions: { charset: 'utf8mb4', dateStrings: false },
            define: { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
        });
    }
    const models = {};
    for (const t of schema_1.tables) {
        models[t.name] = sequelize.define(t.name, t.attributes, {
            tableName: t.name,
            timestamps: false,
            freezeTableName: true,
            ...t.options,
        });
    }
    const writeTransaction = (fn) => dialect === 'sqlite'
        ? sequelize.transaction({ type: sequelize_1.Transaction.TYPES.IMMEDIATE }, fn)
        : sequelize.transaction(fn);
    return { sequelize, dialect, models, writeTransaction, close: () => sequelize.close() };
}
/** Applies pending migrations (umzug, state in the `migrations_applied` table). Returns their names. */
async function migrate(db) {
    if (db.dialect === 'sqlite') {
        await db.sequelize.query('PRAGMA journal_mode = WAL');
        await db.sequelize.query('PRAGMA busy_timeout = 10000');
    }
    const umzug = new umzug_1.Umzug({
        migrations: migrations_1.migrations.map((m) => ({ name: m.name, up: () => m.up(db), down: () => m.down(db) })),
        context: db,
        storage: {
            async executed() {
                await db.sequelize.query('CREATE TABLE IF NOT EXISTS migrations_applied (name VARCHAR(255) PRIMARY KEY)');
                const [rows] = await db.sequelize.query('SELECT name FROM migrations_applied');
                return rows.map((r) => r.name);
            },
            async logMigration({ name }) {
                await db.sequelize.query('INSERT INTO migrations_applied (name) VALUES (?)', { replacements: [name] });
            },
            async unlogMigration({ name }) {
                await db.sequelize.query('DELETE FROM migrations_applied WHERE name = ?', { replacements: [name] });
            },
        },
        logger: undefined,
    });
    const done = await umzug.up();
    return done.map((m) => m.name);
}
/** Opens a database for SQLite connections: WAL and a busy timeout on every connection. */
async function openDb(url) {
    const db = connectDb(url);
    if (db.dialect === 'sqlite') {
        await db.sequelize.query('PRAGMA busy_timeout = 10000');
        await db.sequelize.query('PRAGMA foreign_keys = ON');
    }
    return db;
}
//# sourceMappingURL=index.js.map