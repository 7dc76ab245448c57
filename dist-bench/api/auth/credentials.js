"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.API_SCOPES = exports.endSession = exports.hashPassword = void 0;
exports.verifyPassword = verifyPassword;
exports.loadUser = loadUser;
exports.createSession = createSession;
exports.resolveSession = resolveSession;
exports.createApiKey = createApiKey;
exports.resolveApiKey = resolveApiKey;
const node_crypto_1 = __importDefault(require("node:crypto"));
const argon2_1 = require("@node-rs/argon2");
// Passwords are hashed with Argon2id (memory-hard, OWASP parameters: 19 MiB, 2 passes). Session tokens
// and API keys are random 256-bit secrets, so a plain SHA-256 of them is enough to store.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
const hashPassword = (password) => (0, argon2_1.hash)(password, ARGON2);
exports.hashPassword = hashPassword;
let dummyHash;
/** For an unknown user (`null`) a dummy hash is verified, so timing does not reveal which usernames exist. */
async function verifyPassword(passwordHash, password) {
    if (passwordHash === null) {
        await (0, argon2_1.verify)(await (dummyHash ??= (0, exports.hashPassword)('not a password')), password);
        return false;
    }
    return (0, argon2_1.verify)(passwordHash, password).catch(() => false);
}
const sha256 = (s) => node_crypto_1.default.createHash('sha256').update(s).digest('hex');
const secret = () => node_crypto_1.default.randomBytes(32).toString('base64url');
async function loadUser(db, where) {
    const u = await db.models.users.findOne({ where });
    if (!u)
        return null;
    const d = await db.models.departments.findByPk(u.get('departmentCode'), { raw: true });
    return {
        id: u.get('id'),
        username: u.get('username'),
        displayName: u.get('displayName'),
        department: { code: u.get('departmentCode'), name: d?.name ?? u.get('departmentCode'), kind: d?.kind ?? 'bureau' },
        roles: u.get('roles'),
        passwordHash: u.get('passwordHash'),
        active: u.get('active'),
    };
}
async function createSession(db, userId, ttlHours) {
    const token = secret();
    const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
    await db.models.sessions.create({ tokenHash: sha256(token), userId, expiresAt, createdAt: new Date() });
    return { token, expiresAt };
}
async function resolveSession(db, token) {
    const s = await db.models.sessions.findByPk(sha256(token), { raw: true });
    if (!s || new Date(s.expiresAt) < new Date())
        return null;
    const u = await loadUser(db, { id: s.userId });
    if (!u || !u.active)
        return null;
    const { passwordHash: _h, active: _a, ...user } = u;
    return user;
}
const endSession = (db, token) => db.models.sessions.destroy({ where: { tokenHash: sha256(token) } });
exports.endSession = endSession;
exports.API_SCOPES = ['registration:write', 'license:write', 'credit:write', 'screening:read', 'records:write', 'entity:read'];
/** Creates a key `zjk_<prefix>_<secret>`; only its hash is stored, so the key is shown once. */
async function createApiKey(db, system, scopes) {
    const prefix = node_crypto_1.default.randomBytes(6).toString('hex');
    const key = `zjk_${prefix}_${secret()}`;
    await db.models.api_keys.create({ system, prefix, keyHash: sha256(key), scopes, createdAt: new Date() });
    return key;
}
async function resolveApiKey(db, key) {
    const m = /^zjk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(key);
    if (!m)
        return null;
    const row = await db.models.api_keys.findOne({ where: { prefix: m[1] } });
    if (!row || row.get('revokedAt'))
        return null;
    const expected = Buffer.from(row.get('keyHash'), 'hex');
    const given = Buffer.from(sha256(key), 'hex');
    if (!node_crypto_1.default.timingSafeEqual(expected, given))
        return null;
    return { system: row.get('system'), scopes: row.get('scopes') };
}
//# sourceMappingURL=credentials.js.map