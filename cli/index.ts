import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyDraw, type PublishedDraw } from '../domain/draw';
import { loadConfig, describeConfig } from '../config';
import { migrate, openDb, type Db } from '../db';
import { appendAudit } from '../db/audit';
import { departmentsByCode, findDepartment } from '../db/departments';
import { verifyAuditWithCheckpoints } from './auditVerify';
import { importFile } from './importFile';
import { loadDemoOnce, loadEntities, loadMasterData } from '../db/seed';
import { API_SCOPES, apiKeyParts, createApiKey, hashPassword, passwordWeakness, revokeApiKey, type ApiScope } from '../db/credentials';
import { ROLES, type Role } from '../domain/tasks';

// The operator CLI (CONTRACT.md): `npm run cli -- <command>`. Each command prints its result as the last
// line of stdout and exits non-zero with a clear message on failure.

/** Thrown for a wrong command or argument; the message is shown as is. */
class UsageError extends Error {}

/** A command that ran but whose outcome calls for its own exit code (e.g. an import's rows refused). */
class OutcomeError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

const USAGE = `usage: npm run cli -- <command>
  db migrate
  demo load [--entities N] [--seed S]      (master data + N generated entities; once only unless --force)
  user create --username U --password P --department <code|name> --roles r1,r2
  apikey create --system NAME --scopes s1,s2 [--department CODE]   (screening feedback goes to the department)
  apikey revoke <id|prefix>                (ends the key at once; again: says it was revoked before)
  audit verify
  draw verify <plan> [--url http://host:port | --file draw.json]   (repeats a published draw)
  import --kind K --file F --username U [--url http://host:port] [--confirm]   (归集 batch import through the API;
         password from ZONGJIAN_PASSWORD or --password; exit 3: rows refused, nothing imported; 1: nothing valid)
  config`;

type Options = Record<string, string | boolean | undefined>;

/** Opens the configured database, brought up to date first unless the command is the migration itself. */
async function withDb<T>(fn: (db: Db) => Promise<T>, options: { migrate: boolean } = { migrate: true }): Promise<T> {
  const db = await openDb(loadConfig().DATABASE_URL);
  try {
    if (options.migrate) await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

function required(o: Options, name: string): string {
  const v = o[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

function list<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i as T));
  if (items.length === 0 || bad.length) throw new UsageError(`unknown ${what}: ${bad.join(', ') || '(none given)'}; allowed: ${allowed.join(', ')}`);
  return items as T[];
}

const commands: Record<string, (o: Options, args: string[]) => Promise<string>> = {
  'db migrate': () =>
    withDb(async (db) => {
      const applied = await migrate(db);
      return applied.length ? `applied ${applied.join(', ')}` : 'the database is up to date';
    }, { migrate: false }),

  'demo load': (o) =>
    withDb(async (db) => {
      const config = loadConfig();
      const count = o.entities ? Number(o.entities) : config.DEMO_ENTITIES;
      const seed = o.seed ? Number(o.seed) : config.DEMO_SEED;
      if (!Number.isInteger(count) || count < 0) throw new UsageError('--entities must be a whole number');
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
      if (!o.force) return `demo district ${await loadDemoOnce(db, { seed, count })}`;
      await loadMasterData(db);
      const started = Date.now();
      const r = await loadEntities(db, { seed, count, onProgress: (n) => n % 100_000 === 0 && console.log(`${n} entities`) });
      return `loaded ${r.entities} entities and ${r.licenses} licenses in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    }),

  'user create': (o) =>
    withDb(async (db) => {
      const username = required(o, 'username');
      const password = required(o, 'password');
      const weakness = passwordWeakness(password, username);
      if (weakness) throw new UsageError(`--password is too weak (${weakness}): 8 to 200 characters, two of letters, digits and other characters, not the username`);
      const dept = required(o, 'department');
      const roles = list<Role>(required(o, 'roles'), ROLES, 'role');
      const department = await findDepartment(db, dept);
      if (!department) throw new UsageError(`unknown department ${dept}`);
      if (await db.models.users.findOne({ where: { username } })) throw new UsageError(`user ${username} already exists`);
      await db.models.users.create({ username, displayName: (o['display-name'] as string) ?? username, passwordHash: await hashPassword(password), departmentCode: department.code, roles, active: true, createdAt: new Date() });
      await appendAudit(db, { actorType: 'operator', actor: 'cli', action: 'user.created', targetType: 'user', targetId: username, detail: { department: department.code, roles } });
      return `created user ${username} (${department.name}; ${roles.join(', ')})`;
    }),

  'apikey create': (o) =>
    withDb(async (db) => {
      const system = required(o, 'system');
      const scopes = list<ApiScope>(required(o, 'scopes'), API_SCOPES, 'scope');
      const departmentCode = typeof o.department === 'string' ? o.department : null;
      if (departmentCode && !(await departmentsByCode(db)).has(departmentCode)) throw new UsageError(`unknown department ${departmentCode}`);
      const key = await createApiKey(db, system, scopes, departmentCode);
      await appendAudit(db, { actorType: 'operator', actor: 'cli', action: 'apikey.created', targetType: 'apikey', targetId: apiKeyParts(key)!.prefix, detail: { system, scopes, departmentCode } });
      return key;
    }),

  'apikey revoke': (_o, args) =>
    withDb(async (db) => {
      const which = args[0] ?? '';
      // A key's id (as the admin UI lists it), its prefix, or the whole key zjk_<prefix>_<secret>.
      const prefix = /^(?:zjk_)?([0-9a-f]{12})(?:_.*)?$/.exec(which)?.[1];
      if (!/^\d+$/.test(which) && !prefix) throw new UsageError('apikey revoke needs the key\'s id or its 12-character prefix');
      const r = await revokeApiKey(db, prefix ? { prefix } : { id: Number(which) }, { actorType: 'operator', actor: 'cli' });
      if (!r) throw new UsageError(`no API key ${which}`);
      const at = r.revokedAt.toISOString();
      return r.revokedNow ? `revoked API key ${r.prefix} (${r.system}) at ${at}` : `API key ${r.prefix} (${r.system}) was already revoked at ${at}`;
    }),

  'audit verify': () =>
    withDb(async (db) => {
      const { checked, problems, anchor } = await verifyAuditWithCheckpoints(db, loadConfig());
      const anchored = anchor.checked
        ? `the end of the log matches ${anchor.checkpoints.length} checkpoint(s), the latest of ${anchor.checkpoints[0].at}`
        : `the end of the log was NOT checked against a checkpoint (${anchor.reason}): rows removed from its end would go unnoticed`;
      if (!anchor.checked) console.log(`warning: ${anchored}`);
      if (problems.length) {
        for (const p of problems) console.log(`row ${p.id}: ${p.problem}: ${p.message}`);
        throw new Error(`audit log verification FAILED: ${problems.length} problem(s) in ${checked} rows`);
      }
      return `audit log intact: ${checked} rows verified; ${anchored}`;
    }),

  'draw verify': async (o, args) => {
    const planId = args[0];
    if (!planId && !o.file) throw new UsageError('draw verify needs the plan id (or --file)');
    let published: PublishedDraw;
    if (typeof o.file === 'string') {
      published = JSON.parse(fs.readFileSync(o.file, 'utf8'));
    } else {
      const base = typeof o.url === 'string' ? o.url.replace(/\/$/, '') : `http://127.0.0.1:${loadConfig().PORT}`;
      const res = await fetch(`${base}/public/v1/inspection-plans/${encodeURIComponent(planId)}/draw`);
      if (!res.ok) throw new Error(`the published draw of ${planId} could not be read: ${res.status} ${await res.text()}`);
      published = (await res.json()) as PublishedDraw;
    }
    const v = verifyDraw(published);
    if (!v.ok) {
      for (const p of v.problems) console.log(`problem: ${p}`);
      throw new Error(`draw verification FAILED: ${v.problems.length} problem(s)`);
    }
    return `draw verified: ${published.result.inspections.length} inspections, result ${published.result.resultHash}`;
  },

  import: async (o) => {
    const file = required(o, 'file');
    if (!fs.existsSync(file)) throw new UsageError(`no file ${file}`);
    const password = typeof o.password === 'string' ? o.password : process.env.ZONGJIAN_PASSWORD;
    if (!password) throw new UsageError('the password: --password or ZONGJIAN_PASSWORD');
    const url = typeof o.url === 'string' ? o.url : `http://127.0.0.1:${loadConfig().PORT}`;
    const r = await importFile({ url, username: required(o, 'username'), password, kind: required(o, 'kind'), file, confirm: o.confirm === true, log: (line) => console.log(line) });
    if (r.code !== 0) throw new OutcomeError(r.summary, r.code);
    return r.summary;
  },

  config: async () => {
    for (const c of describeConfig()) console.log(`${c.key}=${c.default ?? ''}\t# ${c.description}`);
    loadConfig();
    return 'configuration valid';
  },
};

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      username: { type: 'string' }, password: { type: 'string' }, department: { type: 'string' }, roles: { type: 'string' },
      'display-name': { type: 'string' }, system: { type: 'string' }, scopes: { type: 'string' },
      entities: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' },
      url: { type: 'string' }, file: { type: 'string' }, kind: { type: 'string' }, confirm: { type: 'boolean' },
    },
  });
  const name = positionals.slice(0, 2).join(' ');
  const [command, args] = commands[name] ? [commands[name], positionals.slice(2)] : [commands[positionals[0] ?? ''], positionals.slice(1)];
  if (values.help || !command) {
    console.log(USAGE);
    if (!values.help) throw new UsageError(positionals.length ? `unknown command: ${positionals.join(' ')}` : 'no command given');
    return;
  }
  console.log(await command(values, args));
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`error: ${err.message}`);
    process.exit(err instanceof UsageError ? 2 : err instanceof OutcomeError ? err.exitCode : 1);
  },
);
