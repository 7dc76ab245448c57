import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { departmentsByCode } from './departments';
import { appendAudit } from './audit';
import { timeOf, type Db } from './index';
import type { Role } from '../domain/tasks';

// Passwords are hashed with Argon2id (memory-hard, OWASP parameters: 19 MiB, 2 passes). Session tokens
// and API keys are random 256-bit secrets, so a plain SHA-256 of them is enough to store.

const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);
let dummyHash: Promise<string> | undefined;

/** For an unknown user (`null`) a dummy hash is verified, so timing does not reveal which usernames exist. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await (dummyHash ??= hashPassword('not a password')), password);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/**
 * The password rule of every account (the administrator's form and the CLI): 8 to 200 characters (the login takes
 * up to 200), at least two of letters, digits and other characters, and not the username. Null when it holds.
 */
export function passwordWeakness(password: string, username: string): 'too-short' | 'too-long' | 'one-kind' | 'is-username' | null {
  if (password.length < 8) return 'too-short';
  if (password.length > 200) return 'too-long';
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((k) => k.test(password)).length;
  if (kinds < 2) return 'one-kind';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'is-username';
  return null;
}

/** An initial password for a new account, shown to the administrator once: 16 characters, letters and digits. */
export function generatePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  for (;;) {
    const p = Array.from({ length: 16 }, () => all[crypto.randomInt(all.length)]).join('');
    if (/[0-9]/.test(p) && /[a-zA-Z]/.test(p)) return p;
  }
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const secret = () => crypto.randomBytes(32).toString('base64url');

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  department: { code: string; name: string; kind: string };
  roles: Role[];
}

export async function loadUser(db: Db, where: { id: number } | { username: string }): Promise<(SessionUser & { passwordHash: string; active: boolean }) | null> {
  const u = (await db.models.users.findOne({ where }))?.get({ plain: true });
  if (!u) return null;
  return { ...(await sessionUserOf(db, u)), passwordHash: u.passwordHash, active: u.active };
}

/** The signed-in person as every request sees them: a users row with its department's name and kind. */
async function sessionUserOf(db: Db, u: { id: number; username: string; displayName: string; departmentCode: string; roles: Role[] }): Promise<SessionUser> {
  const d = (await departmentsByCode(db)).get(u.departmentCode);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    department: { code: u.departmentCode, name: d?.name ?? u.departmentCode, kind: d?.kind ?? 'bureau' },
    roles: u.roles,
  };
}

export async function createSession(db: Db, userId: number, ttlHours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = secret();
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.models.sessions.create({ tokenHash: sha256(token), userId, expiresAt, createdAt: new Date() });
  return { token, expiresAt };
}

/**
 * The user of a live session, or null. One statement, since every signed-in request starts here (the inbox's
 * hot path): the session row and its user's row together; the department comes from the cached read.
 */
export async function resolveSession(db: Db, token: string): Promise<SessionUser | null> {
  const [r] = await db.select<{ expiresAt: unknown; id: number; username: string; displayName: string; departmentCode: string; roles: string; active: unknown }>(
    'SELECT s.expiresAt, u.id, u.username, u.displayName, u.departmentCode, u.roles, u.active FROM sessions s JOIN users u ON u.id = s.userId WHERE s.tokenHash = ?',
    [sha256(token)],
  );
  if (!r || timeOf(r.expiresAt) < new Date() || !Number(r.active)) return null;
  return sessionUserOf(db, { ...r, roles: JSON.parse(r.roles) as Role[] });
}

export const endSession = (db: Db, token: string) => db.models.sessions.destroy({ where: { tokenHash: sha256(token) } });

export const API_SCOPES = ['registration:write', 'license:write', 'credit:write', 'screening:read', 'records:write', 'entity:read', 'feed:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface ApiClient {
  system: string;
  scopes: ApiScope[];
  /** The department the system answers for (screening feedback goes to it); null when none. */
  departmentCode: string | null;
}

/** Creates a key `zjk_<prefix>_<secret>`; only its hash is stored, so the key is shown once. */
export async function createApiKey(db: Db, system: string, scopes: ApiScope[], departmentCode: string | null = null): Promise<string> {
  const prefix = crypto.randomBytes(6).toString('hex');
  const key = `zjk_${prefix}_${secret()}`;
  await db.models.api_keys.create({ system, prefix, keyHash: sha256(key), scopes, departmentCode, createdAt: new Date() });
  return key;
}

/**
 * The two parts of a key, or null when it is not one. The secret is base64url, which may itself hold `_`, so a
 * key is never split on `_`.
 */
export function apiKeyParts(key: string): { prefix: string; secret: string } | null {
  const m = /^zjk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key);
  return m ? { prefix: m[1], secret: m[2] } : null;
}

export async function resolveApiKey(db: Db, key: string): Promise<ApiClient | null> {
  const parts = apiKeyParts(key);
  if (!parts) return null;
  const row = await db.models.api_keys.findOne({ where: { prefix: parts.prefix } });
  if (!row || row.get('revokedAt')) return null;
  const expected = Buffer.from(row.get('keyHash'), 'hex');
  const given = Buffer.from(sha256(key), 'hex');
  if (!crypto.timingSafeEqual(expected, given)) return null;
  return { system: row.get('system'), scopes: row.get('scopes'), departmentCode: row.get('departmentCode') ?? null };
}

/**
 * Revokes a key by its id or prefix, at once: resolveApiKey refuses it from the next request. Idempotent: a key
 * revoked before stays revoked with its first time, and only the first revocation is audited (in its transaction).
 */
export async function revokeApiKey(db: Db, which: { id: number } | { prefix: string }, actor: { actorType: 'user' | 'operator'; actor: string }): Promise<{ id: number; prefix: string; system: string; revokedAt: Date; revokedNow: boolean } | null> {
  return db.writeTransaction(async (t) => {
    const row = await db.models.api_keys.findOne({ where: which, transaction: t, lock: db.dialect === 'mysql' ? t.LOCK.UPDATE : undefined });
    if (!row) return null;
    const base = { id: row.get('id') as number, prefix: row.get('prefix') as string, system: row.get('system') as string };
    if (row.get('revokedAt')) return { ...base, revokedAt: new Date(row.get('revokedAt')), revokedNow: false };
    const revokedAt = new Date();
    const [changed] = await db.models.api_keys.update({ revokedAt }, { where: { id: base.id, revokedAt: null }, transaction: t });
    if (changed === 0) return { ...base, revokedAt: new Date((await row.reload({ transaction: t })).get('revokedAt')), revokedNow: false };
    await appendAudit(db, { ...actor, action: 'apikey.revoked', targetType: 'apikey', targetId: base.prefix, detail: { id: base.id, system: base.system } }, t);
    return { ...base, revokedAt, revokedNow: true };
  });
}
