import { Router } from 'express';
import { Op, UniqueConstraintError } from 'sequelize';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { generatePassword, hashPassword, passwordWeakness } from '../../db/credentials';
import { departmentNames, departmentsByCode } from '../../db/departments';
import { ROLES } from '../../domain/tasks';
import { requireUser } from '../auth/middleware';
import { AppError, badRequest, notFound, unprocessable } from '../errors';
import { answerList, ListFormat, listResponses, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { body, parse, query, text } from '../validate';

// Users (F15): everyone who works with tasks reads the people of their department (pickers, names); the
// administrator also manages the accounts: creates one (with a given or generated initial password), changes its
// name, department and roles, deactivates and reactivates it. Each change is audited in its own transaction.

const STATUSES = ['active', 'inactive', 'all'] as const;
const UserQuery = z.object({
  department: text().optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(STATUSES).default('active').describe('inactive or all: the administrator only; others always see the active users'),
  q: text().max(64).optional().describe('a fragment of the username or the display name'),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(1000).default(1000),
  format: ListFormat,
});
const UserView = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    department: z.object({ code: z.string(), name: z.string() }),
    roles: z.array(z.string()),
    credentialNo: z.string().nullable().describe('inspectors: the law-enforcement credential number'),
    region: z.object({ code: z.string(), name: z.string() }).nullable().describe('inspectors: the town or street they work in'),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

const Username = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'lower-case letters, digits, dot, underscore or hyphen; 2 to 64 characters').describe('the login name; lower case');
const DisplayName = text().min(1).max(64);
// Roles and the department are checked against what exists, each refused with its own problem code.
const UserInput = z
  .object({
    username: Username,
    displayName: DisplayName,
    departmentCode: text().min(1).max(32),
    roles: z.array(z.string().max(32)).min(1).max(ROLES.length),
    credentialNo: text().max(32).nullish().describe('required for inspectors'),
    regionCode: text().max(12).nullish().describe('required for inspectors'),
    password: z.string().max(500).optional().describe('the initial password; absent: one is generated and answered once'),
  })
  .openapi('UserInput');
const UserChange = z
  .object({
    displayName: DisplayName.optional(),
    departmentCode: text().min(1).max(32).optional(),
    roles: z.array(z.string().max(32)).min(1).max(ROLES.length).optional(),
    credentialNo: text().max(32).nullish(),
    regionCode: text().max(12).nullish(),
  })
  .openapi('UserChange');
const Id = z.object({ id: z.coerce.number().int().min(1) });
const Created = z.object({ user: UserView, password: z.string().optional().describe('the generated initial password, answered this once; absent when one was given') });

const tags = ['users'];
const adminOnly = 'administrator only';
document({ method: 'get', path: '/api/v1/users', operationId: 'listUsers', summary: 'List users', tags, security: userSecurity, description: 'users of your department (admins and the district office: any department); the administrator also the deactivated ones (`status`)', request: { query: UserQuery }, responses: listResponses(z.object({ data: z.array(UserView), total: z.number().int() }), 'users') }, [400, 401, 403, 422]);
document({ method: 'get', path: '/api/v1/users/{id}', operationId: 'getUser', summary: 'Get a user', tags, security: userSecurity, description: adminOnly, request: { params: Id }, responses: { 200: { description: 'the user', content: { 'application/json': { schema: UserView } } } } }, [400, 401, 403, 404]);
document({ method: 'post', path: '/api/v1/users', operationId: 'createUser', summary: 'Create a user', tags, security: userSecurity, description: `${adminOnly}. 409 username-taken; 400 unknown-role, unknown-department, unknown-region; 422 weak-password, inspector-credential-required. Nothing is stored when refused.`, request: { body: { content: { 'application/json': { schema: UserInput } } } }, responses: { 201: { description: 'created; a generated password is answered this once', content: { 'application/json': { schema: Created } } } } }, [400, 401, 403, 409, 422]);
document({ method: 'patch', path: '/api/v1/users/{id}', operationId: 'changeUser', summary: 'Change a user’s display name, department, roles or inspector details', tags, security: userSecurity, description: `${adminOnly}; takes effect at the user’s next request. An administrator cannot take the admin role from themself (422 own-admin-role).`, request: { params: Id, body: { content: { 'application/json': { schema: UserChange } } } }, responses: { 200: { description: 'the user as changed', content: { 'application/json': { schema: UserView } } } } }, [400, 401, 403, 404, 422]);
document({ method: 'post', path: '/api/v1/users/{id}/deactivate', operationId: 'deactivateUser', summary: 'Deactivate a user', tags, security: userSecurity, description: `${adminOnly}; idempotent. The user can no longer log in and their sessions end at once. Their open tasks stay assigned to them in their department’s lists, where the supervisor sees them and reassigns them (no task can be reassigned to a deactivated user). Not yourself (422 own-account).`, request: { params: Id }, responses: { 200: { description: 'the user, inactive', content: { 'application/json': { schema: UserView } } } } }, [400, 401, 403, 404, 422]);
document({ method: 'post', path: '/api/v1/users/{id}/reactivate', operationId: 'reactivateUser', summary: 'Reactivate a user', tags, security: userSecurity, description: `${adminOnly}; idempotent; the user logs in again with their password.`, request: { params: Id }, responses: { 200: { description: 'the user, active', content: { 'application/json': { schema: UserView } } } } }, [400, 401, 403, 404]);

type Row = { id: number; username: string; displayName: string; departmentCode: string; roles: string[]; credentialNo: string | null; regionCode: string | null; active: boolean; createdAt: Date };

async function viewsOf(db: Db, rows: Row[]) {
  const departments = await departmentNames(db);
  const codes = [...new Set(rows.map((r) => r.regionCode).filter((c): c is string => !!c))];
  const regions = new Map(codes.length ? ((await db.models.regions.findAll({ where: { code: codes }, raw: true })) as any[]).map((r) => [r.code, r.name]) : []);
  return rows.map((x) => ({
    id: x.id,
    username: x.username,
    displayName: x.displayName,
    department: { code: x.departmentCode, name: departments.get(x.departmentCode) ?? '' },
    roles: x.roles,
    credentialNo: x.credentialNo ?? null,
    region: x.regionCode ? { code: x.regionCode, name: regions.get(x.regionCode) ?? '' } : null,
    active: !!x.active,
    createdAt: new Date(x.createdAt).toISOString(),
  }));
}
type View = Awaited<ReturnType<typeof viewsOf>>[number];

const ROLE_NAMES: Record<string, string> = { admin: '系统管理员', supervisor: '科室负责人', inspector: '执法人员', clerk: '经办人', leader: '领导', auditor: '审计员' };
const userExport: ListExport<View> = {
  fileName: '用户',
  sheetName: '用户',
  columns: [
    { header: '用户名', width: 18, value: (u) => u.username },
    { header: '姓名', width: 14, value: (u) => u.displayName },
    { header: '部门', width: 24, value: (u) => u.department.name },
    { header: '角色', width: 24, value: (u) => u.roles.map((r) => ROLE_NAMES[r] ?? r).join('、') },
    { header: '执法证号', width: 18, value: (u) => u.credentialNo ?? '' },
    { header: '所在镇街', width: 16, value: (u) => u.region?.name ?? '' },
    { header: '状态', width: 8, value: (u) => (u.active ? '启用' : '停用') },
  ],
};

const plain = (row: any): Row => row.get({ plain: true });

/** Checks roles, department and the inspector's details against what exists; each refusal with its own code. */
async function checkAssignment(db: Db, a: { roles: string[]; departmentCode: string; credentialNo: string | null; regionCode: string | null }) {
  const unknown = a.roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw badRequest(`unknown role: ${unknown.join(', ')}`, [{ field: 'roles', message: 'unknown role' }], { code: 'unknown-role', params: { role: unknown.join(', ') } });
  if (!(await departmentsByCode(db)).has(a.departmentCode)) throw badRequest('departmentCode: no such department', [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: a.departmentCode } });
  if (a.regionCode && !(await db.models.regions.findByPk(a.regionCode))) throw badRequest('regionCode: no such town or street', [{ field: 'regionCode', message: 'unknown region' }], { code: 'unknown-region', params: { region: a.regionCode } });
  if (a.roles.includes('inspector') && (!a.credentialNo || !a.regionCode)) {
    const fields = [...(a.credentialNo ? [] : ['credentialNo']), ...(a.regionCode ? [] : ['regionCode'])];
    throw unprocessable('an inspector needs a credential number and a region', fields.map((field) => ({ field, message: 'required for an inspector', code: 'inspector-credential-required' })), { code: 'inspector-credential-required' });
  }
}

export function userRoutes(db: Db): Router {
  const r = Router();
  const admin = requireUser(db, 'admin');

  async function found(id: number) {
    const row = await db.models.users.findByPk(id);
    if (!row) throw notFound(`no user ${id}`, { code: 'user-not-found' });
    return row;
  }
  const viewOf = async (row: any) => (await viewsOf(db, [plain(row)]))[0];

  r.get('/users', requireUser(db, 'admin', 'supervisor', 'clerk', 'inspector'), async (req, res) => {
    const q = query(UserQuery, req);
    const u = req.user!;
    const isAdmin = u.roles.includes('admin');
    const anyDepartment = isAdmin || u.department.kind === 'district';
    const department = anyDepartment ? q.department : u.department.code;
    const status = isAdmin ? q.status : 'active';
    const fragment = q.q?.replace(/[%_]/g, '');
    const where = {
      ...(status === 'all' ? {} : { active: status === 'active' }),
      ...(department ? { departmentCode: department } : {}),
      ...(q.role ? { roles: { [Op.like]: `%"${q.role}"%` } } : {}),
      ...(fragment ? { [Op.or]: [{ username: { [Op.like]: `%${fragment}%` } }, { displayName: { [Op.like]: `%${fragment}%` } }] } : {}),
    };
    await answerList(res, q, userExport, async (pageNo, perPage) => {
      const { rows, count } = await db.models.users.findAndCountAll({ where, order: [['username', 'ASC']], limit: perPage, offset: (pageNo - 1) * perPage });
      return { data: await viewsOf(db, rows.map(plain)), total: count };
    });
  });

  r.get('/users/:id', admin, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await viewOf(await found(id)));
  });

  r.post('/users', admin, async (req, res) => {
    const input = body(UserInput, req);
    const credentialNo = input.credentialNo || null;
    const regionCode = input.regionCode || null;
    await checkAssignment(db, { roles: input.roles, departmentCode: input.departmentCode, credentialNo, regionCode });
    const generated = input.password === undefined ? generatePassword() : undefined;
    const password = input.password ?? generated!;
    const weakness = passwordWeakness(password, input.username);
    if (weakness) throw unprocessable(`the password is too weak (${weakness}): 8 to 200 characters, two of letters, digits and other characters, not the username`, [{ field: 'password', message: 'too weak', code: 'weak-password' }], { code: 'weak-password', params: { rule: weakness } });
    if (await db.models.users.findOne({ where: { username: input.username } })) throw taken(input.username);
    const passwordHash = await hashPassword(password);
    const roles = ROLES.filter((role) => input.roles.includes(role));
    try {
      const row = await db.writeTransaction(async (t) => {
        const created = await db.models.users.create({ username: input.username, displayName: input.displayName, passwordHash, departmentCode: input.departmentCode, roles, credentialNo, regionCode, active: true, createdAt: new Date() }, { transaction: t });
        await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'user.created', targetType: 'user', targetId: input.username, detail: { displayName: input.displayName, department: input.departmentCode, roles, credentialNo, regionCode, passwordGenerated: !!generated } }, t);
        return created;
      });
      res.status(201).json({ user: await viewOf(row), ...(generated ? { password: generated } : {}) });
    } catch (err) {
      // Two administrators creating the same username at once: the unique key lets one in.
      if (err instanceof UniqueConstraintError) throw taken(input.username);
      throw err;
    }
  });

  r.patch('/users/:id', admin, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const change = body(UserChange, req);
    const row = await found(id);
    const before = plain(row);
    const after = {
      displayName: change.displayName ?? before.displayName,
      departmentCode: change.departmentCode ?? before.departmentCode,
      roles: change.roles ? ROLES.filter((role) => change.roles!.includes(role)) : before.roles,
      credentialNo: change.credentialNo === undefined ? before.credentialNo : change.credentialNo || null,
      regionCode: change.regionCode === undefined ? before.regionCode : change.regionCode || null,
    };
    await checkAssignment(db, { ...after, roles: change.roles ?? before.roles });
    if (id === req.user!.id && !after.roles.includes('admin')) throw unprocessable('you cannot take the admin role from yourself', undefined, { code: 'own-admin-role' });
    const changed = Object.fromEntries(Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((before as any)[k])));
    if (Object.keys(changed).length > 0) {
      await db.writeTransaction(async (t) => {
        await db.models.users.update(changed, { where: { id }, transaction: t });
        await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'user.changed', targetType: 'user', targetId: before.username, detail: { before: Object.fromEntries(Object.keys(changed).map((k) => [k, (before as any)[k]])), after: changed } }, t);
      });
    }
    res.json(await viewOf(await found(id)));
  });

  const setActive = (active: boolean) => async (req: any, res: any) => {
    const { id } = parse(Id, req.params, 'path');
    const row = await found(id);
    if (!active && id === req.user!.id) throw unprocessable('you cannot deactivate your own account', undefined, { code: 'own-account' });
    await db.writeTransaction(async (t) => {
      const [n] = await db.models.users.update({ active }, { where: { id, active: !active }, transaction: t });
      // Sessions end with the deactivation (resolveSession also refuses an inactive user's token).
      if (!active) await db.models.sessions.destroy({ where: { userId: id }, transaction: t });
      if (n > 0) await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: active ? 'user.reactivated' : 'user.deactivated', targetType: 'user', targetId: row.get('username') }, t);
    });
    res.json(await viewOf(await found(id)));
  };
  r.post('/users/:id/deactivate', admin, setActive(false));
  r.post('/users/:id/reactivate', admin, setActive(true));
  return r;
}

const taken = (username: string) => new AppError(409, 'Conflict', `the username ${username} is taken`, [{ field: 'username', message: 'taken', code: 'username-taken', params: { username } }], { code: 'username-taken', params: { username } });
